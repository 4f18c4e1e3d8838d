package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runtime's breakers and retries live in resilience4j registries the user can supply. */
class RegistriesTest {

  @Test
  void breakersAndRetriesAreCreatedInTheSuppliedRegistries() {
    CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    RetryRegistry retries = RetryRegistry.ofDefaults();
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .info(new ModelInfo("openai", "gpt-4o", null, -1))
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 503, "busy", null, null)).thenRespond("ok").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .resilience(ResiliencePolicy.builder()
            .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).withJitter(0)).build())
        .circuitBreakerRegistry(breakers).retryRegistry(retries).build()) {
      assertThat(rt.run("q").output()).isEqualTo("ok");
      assertThat(rt.circuitBreakerRegistry()).isSameAs(breakers);
      assertThat(rt.retryRegistry()).isSameAs(retries);
    }
    assertThat(breakers.find("model:openai/gpt-4o")).hasValueSatisfying(
        b -> assertThat(b.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1));
    assertThat(retries.find("model:openai/gpt-4o")).hasValueSatisfying(
        r -> assertThat(r.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1));
  }
}
