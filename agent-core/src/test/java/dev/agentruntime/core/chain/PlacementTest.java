package dev.agentruntime.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PlacementTest {

  private static AgentInterceptor recorder(List<String> seen, String name) {
    return AgentInterceptor.ofModelCall(name, chain -> {
      seen.add(name);
      return chain.proceed(chain.request());
    });
  }

  private static ResiliencePolicy fastRetries() {
    return ResiliencePolicy.builder()
        .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).withJitter(0))
        .build();
  }

  @Test
  void anInterceptorAfterResilienceRunsOncePerAttempt() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 500, "boom", null, null))
        .thenRespond("ok").build();
    List<String> seen = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(fastRetries())
        .interceptor(Placement.after(Stage.RESILIENCE), recorder(seen, "per-attempt"))
        .interceptor(recorder(seen, "per-call"))
        .build()) {
      assertThat(rt.run("q").output()).isEqualTo("ok");
    }
    assertThat(seen).containsExactly("per-call", "per-attempt", "per-attempt");
  }

  @Test
  void orderIsByPlacementThenExplicitOrderWhateverTheRegistrationOrder() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("ok").build())
        .interceptor(Placement.after(Stage.RESILIENCE), recorder(seen, "attempt"))
        .interceptor(Placement.in(Stage.CUSTOM).order(5), recorder(seen, "custom-5"))
        .interceptor(Placement.in(Stage.CUSTOM).order(-5), recorder(seen, "custom-minus-5"))
        .interceptor(Placement.before(Stage.GUARDRAILS), recorder(seen, "before-guardrails"))
        .interceptor(Placement.before(Stage.TELEMETRY), recorder(seen, "outermost"))
        .interceptor(Placement.after(Stage.RESILIENCE).order(-1), recorder(seen, "attempt-outer"))
        .build()) {
      rt.run("q");
      assertThat(rt.interceptors()).extracting(AgentInterceptor::name).containsSubsequence(
          "outermost", "LimitsInterceptor", "before-guardrails", "custom-minus-5", "custom-5",
          "ResilienceInterceptor", "attempt-outer", "attempt");
    }
    assertThat(seen).containsExactly(
        "outermost", "before-guardrails", "custom-minus-5", "custom-5", "attempt-outer", "attempt");
  }

  @Test
  void anInterceptorCanDeclareItsOwnPlacement() {
    List<String> seen = new CopyOnWriteArrayList<>();
    AgentInterceptor perAttempt = new AgentInterceptor() {
      @Override
      public Placement placement() {
        return Placement.after(Stage.RESILIENCE);
      }

      @Override
      public dev.agentruntime.core.model.ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        seen.add("attempt");
        return chain.proceed(chain.request());
      }
    };
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 503, "busy", null, null))
        .thenRespond("ok").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(fastRetries())
        .interceptor(perAttempt).build()) {
      rt.run("q");
    }
    assertThat(seen).containsExactly("attempt", "attempt");
  }

  @Test
  void placementsPrintReadably() {
    assertThat(Placement.after(Stage.RESILIENCE).order(3)).hasToString("after(RESILIENCE).order(3)");
    assertThat(Placement.in(Stage.CUSTOM)).isEqualTo(AgentInterceptor.ofRun("x", c -> c.proceed(c.input())).placement());
  }
}
