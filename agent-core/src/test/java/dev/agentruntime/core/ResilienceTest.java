package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilienceTest {

  private static final RetryPolicy FAST = RetryPolicy.defaults()
      .withBackoff(Duration.ofMillis(10), Duration.ofMillis(80)).withJitter(0);

  private static ModelCallException http(int status) {
    return ModelCallException.ofHttp("m", status, "status " + status, null, null);
  }

  private static ResiliencePolicy.Builder policy() {
    return ResiliencePolicy.builder().retry(FAST).circuitBreaker(CircuitBreakerPolicy.disabled());
  }

  @Test
  void transient503TwiceThenSuccessTakesThreeAttemptsWithBackoff() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> http(503)).thenFail(() -> http(503)).thenRespond("finally").build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(policy().build()).listener(rec).build()) {
      AgentResult r = rt.run("hi");
      assertThat(r.output()).isEqualTo("finally");
      assertThat(model.calls()).isEqualTo(3);
      assertThat(r.modelCalls()).hasSize(1); // one logical call, three attempts below the chain
      assertThat(rec.of(RetryScheduled.class)).extracting(RetryScheduled::attempt, RetryScheduled::delay,
              RetryScheduled::errorType)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, Duration.ofMillis(10), "503"),
              org.assertj.core.groups.Tuple.tuple(2, Duration.ofMillis(20), "503"));
      assertThat(rec.of(RetryScheduled.class).get(0).target()).isEqualTo("model:scripted/scripted-model");
    }
  }

  @Test
  void jitterOnlyShortensTheDelayAndBackoffIsCapped() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.maxRetries()).isEqualTo(2);
    assertThat(p.baseDelay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(p.baseDelay(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.baseDelay(10)).isEqualTo(Duration.ofSeconds(8));
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> http(500)).thenFail(() -> http(502)).thenRespond("ok").build();
    TestTools.Recorder rec = new TestTools.Recorder();
    RetryPolicy jittered = RetryPolicy.defaults().withBackoff(Duration.ofMillis(40), Duration.ofMillis(60));
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .resilience(policy().retry(jittered).build()).listener(rec).build()) {
      rt.run("hi");
    }
    assertThat(rec.of(RetryScheduled.class)).hasSize(2);
    assertThat(rec.of(RetryScheduled.class).get(0).delay().toMillis()).isBetween(30L, 40L);
    assertThat(rec.of(RetryScheduled.class).get(1).delay().toMillis()).isBetween(45L, 60L);
  }

  @Test
  void badRequestIsNotRetried() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> http(400)).thenRespond("never").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(policy().build()).build()) {
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.classification()).isEqualTo(ErrorClassification.PERMANENT);
        assertThat(e.runId()).isNotNull();
      });
      assertThat(model.calls()).isEqualTo(1);
    }
  }

  @Test
  void exhaustedQuota429IsPermanentButRateLimit429IsRetried() {
    assertThat(ErrorClassification.ofHttpStatus(429, "{\"error\":{\"code\":\"insufficient_quota\"}}"))
        .isEqualTo(ErrorClassification.PERMANENT);
    assertThat(ErrorClassification.ofHttpStatus(429, "Rate limit reached for gpt-4o")).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(ErrorClassification.ofHttpStatus(529, "overloaded")).isEqualTo(ErrorClassification.TRANSIENT);
    for (int s : new int[] {408, 409, 500, 502, 503, 504}) {
      assertThat(ErrorClassification.ofHttpStatus(s, null)).as("status " + s).isEqualTo(ErrorClassification.TRANSIENT);
    }
    for (int s : new int[] {400, 401, 403, 404, 422}) {
      assertThat(ErrorClassification.ofHttpStatus(s, null)).as("status " + s).isEqualTo(ErrorClassification.PERMANENT);
    }
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 429, "You exceeded your current quota: insufficient_quota", null, null))
        .thenRespond("never").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(policy().build()).build()) {
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
      assertThat(model.calls()).isEqualTo(1);
    }
  }

  @Test
  void retryAfterIsHonoured() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 429, "slow down", Duration.ofMillis(300), null))
        .thenRespond("ok").build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(policy().build()).listener(rec).build()) {
      long t0 = System.nanoTime();
      assertThat(rt.run("hi").output()).isEqualTo("ok");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }
    assertThat(rec.of(RetryScheduled.class)).singleElement()
        .satisfies(e -> assertThat(e.delay()).isEqualTo(Duration.ofMillis(300)));
  }

  @Test
  void retryAfterBeyondTheCapIsNotWaitedFor() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("m", 429, "slow down", Duration.ofHours(1), null))
        .thenRespond("ok").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .resilience(policy().retry(FAST.withMaxRetryAfter(Duration.ofSeconds(5))).build()).build()) {
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOfSatisfying(ModelCallException.class,
          e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
      assertThat(model.calls()).isEqualTo(1);
    }
  }

  @Test
  void connectionFailuresAreTransientUnknownErrorsAreNotRetried() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> new IOException("Connection reset"))
        .thenFail(() -> new SocketTimeoutException("read timed out"))
        .thenRespond("ok").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(policy().build()).build()) {
      assertThat(rt.run("hi").output()).isEqualTo("ok");
    }
    ScriptedModelClient weird = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> new IllegalStateException("bug in client")).thenRespond("ok").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(weird).resilience(policy().build()).build()) {
      assertThatThrownBy(() -> rt.run("hi")).hasRootCauseMessage("bug in client");
      assertThat(weird.calls()).isEqualTo(1);
    }
  }

  @Test
  void circuitOpensAfterFailuresAndHalfOpensLater() {
    TestTools.MutableClock clock = new TestTools.MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger healthy = new AtomicInteger(); // 0 = failing
    dev.agentruntime.core.model.ModelClient flaky = new dev.agentruntime.core.model.ModelClient() {
      @Override
      public ModelResponse chat(dev.agentruntime.core.model.ModelRequest request) {
        attempts.incrementAndGet();
        if (healthy.get() == 0) {
          throw http(503);
        }
        return ModelResponse.ofText("up again", TokenUsage.of(1, 1));
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("acme", "flaky-1");
      }
    };
    TestTools.Recorder rec = new TestTools.Recorder();
    ResiliencePolicy p = ResiliencePolicy.builder().retry(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 4, 50)
            .withWaitDurationInOpenState(Duration.ofSeconds(30)).withPermittedCallsInHalfOpenState(1))
        .circuitClock(clock).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(flaky).resilience(p).listener(rec).build()) {
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
      }
      assertThat(rt.circuitState("model:acme/flaky-1")).contains("OPEN");
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOfSatisfying(CircuitOpenException.class,
          e -> assertThat(e.circuit()).isEqualTo("model:acme/flaky-1"));
      assertThat(attempts).hasValue(4); // the open circuit did not call the model

      healthy.set(1);
      clock.advance(Duration.ofSeconds(31));
      assertThat(rt.run("hi").output()).isEqualTo("up again"); // half-open trial call succeeds
      assertThat(rt.circuitState("model:acme/flaky-1")).contains("CLOSED");
    }
    assertThat(rec.of(CircuitStateChanged.class)).extracting(CircuitStateChanged::toState)
        .containsExactly("OPEN", "HALF_OPEN", "CLOSED");
  }

  @Test
  void fallbackModelAnswersWhenPrimaryCircuitIsOpen() {
    AtomicInteger primaryCalls = new AtomicInteger();
    dev.agentruntime.core.model.ModelClient primary = new dev.agentruntime.core.model.ModelClient() {
      @Override
      public ModelResponse chat(dev.agentruntime.core.model.ModelRequest request) {
        primaryCalls.incrementAndGet();
        throw http(500);
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("openai", "gpt-4o");
      }
    };
    ScriptedModelClient backup = ScriptedModelClient.builder()
        .info(ModelInfo.of("anthropic", "claude-sonnet-4-5")).repeatLast(true)
        .thenRespond(r -> "backup answered; model requested=" + r.model()).build();
    ResiliencePolicy p = ResiliencePolicy.builder().retry(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(2, 2, 50))
        .fallbackModels(backup).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(primary).resilience(p)
        .loop(dev.agentruntime.core.loop.ToolCallingLoop.builder().model("gpt-4o").build()).build()) {
      for (int i = 0; i < 4; i++) {
        AgentResult r = rt.run("hi");
        assertThat(r.output()).isEqualTo("backup answered; model requested=null");
        assertThat(r.modelCalls().get(0).response().responseModel()).isEqualTo("claude-sonnet-4-5");
      }
      assertThat(primaryCalls).hasValue(2); // after 2 failures the circuit opened; calls go straight to the fallback
      assertThat(rt.circuitState("model:openai/gpt-4o")).contains("OPEN");
    }
  }

  @Test
  void perAttemptTimeoutRetriesASlowCall() {
    AtomicInteger n = new AtomicInteger();
    dev.agentruntime.core.model.ModelClient slowOnce = request -> {
      if (n.incrementAndGet() == 1) {
        Thread.sleep(5_000);
      }
      return ModelResponse.ofText("fast", TokenUsage.of(1, 1));
    };
    try (AgentRuntime rt = AgentRuntime.builder().model(slowOnce)
        .resilience(policy().modelAttemptTimeout(Duration.ofMillis(100)).build()).build()) {
      long t0 = System.nanoTime();
      assertThat(rt.run("hi").output()).isEqualTo("fast");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
      assertThat(n).hasValue(2);
    }
  }

  @Test
  void transientToolFailureIsRetried() {
    AtomicInteger n = new AtomicInteger();
    Tool flaky = Tool.builder("flaky").handler(inv -> {
      if (n.incrementAndGet() < 3) {
        throw new java.net.ConnectException("refused");
      }
      return "done";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("flaky", "{}")
        .thenRespond(r -> r.lastMessage().text()).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(flaky).resilience(policy().build()).build()) {
      assertThat(rt.run("go").output()).isEqualTo("done");
      assertThat(n).hasValue(3);
    }
  }

  @Test
  void policiesValidate() {
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxRetries(-1)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(2)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> CircuitBreakerPolicy.defaults().withWindow(5, 6, 50)).hasMessageContaining("minimumNumberOfCalls");
    assertThatThrownBy(() -> ResiliencePolicy.builder().modelAttemptTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("modelAttemptTimeout");
  }
}
