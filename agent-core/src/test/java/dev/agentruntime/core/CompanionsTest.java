package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An interceptor brings its per-attempt partner: registered once, placed where the partner says. */
class CompanionsTest {

  /** Counts calls above the retries and attempts below them, with one registration. */
  static final class PerCallAndPerAttempt implements AgentInterceptor {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();
    final AgentInterceptor partner = new AgentInterceptor() {
      @Override
      public Placement placement() {
        return Placement.after(Stage.RESILIENCE);
      }

      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        attempts.incrementAndGet();
        return chain.proceed(chain.request());
      }
    };

    @Override
    public Stage stage() {
      return Stage.COST;
    }

    @Override
    public List<AgentInterceptor> companions() {
      return List.of(partner);
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      calls.incrementAndGet();
      return chain.proceed(chain.request());
    }
  }

  private static ScriptedModelClient failingOnce() {
    return ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 500, "boom", null, null))
        .thenRespond("ok").build();
  }

  private static ResiliencePolicy oneRetry() {
    return ResiliencePolicy.builder()
        .retry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).withJitter(0))
        .build();
  }

  @Test
  void oneRegistrationPlacesThePartnerBelowTheRetriesAndAnExplicitOneDoesNotDoubleIt() {
    for (boolean alsoExplicit : new boolean[] {false, true}) {
      PerCallAndPerAttempt owner = new PerCallAndPerAttempt();
      AgentRuntime.Builder b = AgentRuntime.builder().model(failingOnce()).resilience(oneRetry());
      if (alsoExplicit) {
        b.interceptor(owner.partner); // before its owner: still once
      }
      b.interceptor(owner);
      try (AgentRuntime rt = b.build()) {
        assertThat(rt.run("go").output()).isEqualTo("ok");
        assertThat(rt.interceptors()).filteredOn(i -> i == owner.partner).hasSize(1);
        List<AgentInterceptor> chain = rt.interceptors();
        assertThat(chain.indexOf(owner)).as("the owner in COST, its partner further in").isLessThan(chain.indexOf(owner.partner));
      }
      assertThat(owner.calls).as("once per call").hasValue(1);
      assertThat(owner.attempts).as("once per attempt: the 500 and its retry").hasValue(2);
    }
  }

  @Test
  void companionsOfCompanionsComeTooAndANullListIsNamed() {
    AtomicInteger deepest = new AtomicInteger();
    AgentInterceptor leaf = AgentInterceptor.ofModelCall("leaf", chain -> {
      deepest.incrementAndGet();
      return chain.proceed(chain.request());
    });
    AgentInterceptor middle = new AgentInterceptor() {
      @Override
      public List<AgentInterceptor> companions() {
        return List.of(leaf);
      }
    };
    AgentInterceptor top = new AgentInterceptor() {
      @Override
      public List<AgentInterceptor> companions() {
        return List.of(middle, leaf);
      }
    };
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("ok").build())
        .resilience(ResiliencePolicy.none()).interceptor(top).build()) {
      rt.run("go");
      assertThat(rt.interceptors()).contains(top, middle, leaf);
    }
    assertThat(deepest).hasValue(1);

    AgentInterceptor broken = new AgentInterceptor() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public List<AgentInterceptor> companions() {
        return null;
      }
    };
    assertThatThrownBy(() -> AgentRuntime.builder().interceptor(broken).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken").hasMessageContaining("companions");
  }
}
