package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two runtimes of one application given the same resilience4j registries (one Spring bean, for
 * its metrics) each keep their own retry policy, and each run hears of its own retries once.
 */
class SharedResilienceRegistriesTest {

  private static ScriptedModelClient failingTwice() {
    return ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> new ModelCallException(null, "m", "HTTP 503", null, ErrorClassification.TRANSIENT, 503, null))
        .thenFail(() -> new ModelCallException(null, "m", "HTTP 503", null, ErrorClassification.TRANSIENT, 503, null))
        .thenRespond("ok")
        .build();
  }

  private static ResiliencePolicy retries(int n) {
    return ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withMaxRetries(n).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
            .withJitter(0))
        .build();
  }

  @Test
  void eachRuntimeKeepsItsOwnRetryPolicyOnASharedRegistry() {
    RetryRegistry shared = RetryRegistry.ofDefaults();
    try (AgentRuntime once = AgentRuntime.builder().model(failingTwice()).resilience(retries(1)).retryRegistry(shared)
        .build();
        AgentRuntime thrice = AgentRuntime.builder().model(failingTwice()).resilience(retries(3)).retryRegistry(shared)
            .build()) {
      assertThatThrownBy(() -> once.run("hi")).isInstanceOf(ModelCallException.class);
      TestTools.Recorder rec = new TestTools.Recorder();
      AgentResult r = thrice.run("hi", RunOptions.builder().listener(rec).build());
      assertThat(r.output()).isEqualTo("ok");
      assertThat(rec.of(RetryScheduled.class)).as("retries the run heard of").hasSize(2);
    }
  }

  @Test
  void aSharedCircuitTellsTheRunThatOpenedItOnce() {
    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers =
        io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.ofDefaults();
    ResiliencePolicy policy = ResiliencePolicy.builder().modelRetry(RetryPolicy.none())
        .circuitBreaker(dev.agentruntime.core.resilience.CircuitBreakerPolicy.defaults().withWindow(2, 2, 50f)).build();
    ScriptedModelClient down = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true)
        .thenFail(() -> new ModelCallException(null, "m", "HTTP 503", null, ErrorClassification.TRANSIENT, 503, null))
        .build();
    try (AgentRuntime a = AgentRuntime.builder().model(down).resilience(policy).circuitBreakerRegistry(breakers).build();
        AgentRuntime b = AgentRuntime.builder().model(down).resilience(policy).circuitBreakerRegistry(breakers).build()) {
      assertThatThrownBy(() -> a.run("hi")).isInstanceOf(ModelCallException.class);
      TestTools.Recorder rec = new TestTools.Recorder();
      assertThatThrownBy(() -> b.run("hi", RunOptions.builder().listener(rec).build()))
          .isInstanceOf(ModelCallException.class);
      assertThat(rec.of(dev.agentruntime.core.event.CircuitStateChanged.class)).as("circuit events of b's run")
          .singleElement().satisfies(e -> assertThat(e.toState()).isEqualTo("OPEN"));
    }
  }
}
