package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A guardrail that re-asks (an output it rejects, sent back to the model) proceeds twice within one
 * model call: both requests were answered by the provider, neither timed out.
 */
class ReaskTelemetryTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  /** Re-asks once when the answer mentions a competitor, as an output guardrail's re-ask does. */
  private static final AgentInterceptor REASK = AgentInterceptor.ofModelCall("no-competitors", chain -> {
    ModelResponse first = chain.proceed(chain.request());
    if (!first.text().contains("Acme")) {
      return first;
    }
    List<ChatMessage> again = new ArrayList<>(chain.request().messages());
    again.add(first.message());
    again.add(new UserMessage("Do not name competitors. Answer again."));
    return chain.proceed(chain.request().withMessages(again));
  });

  private void runWithReask(ResiliencePolicy resilience) {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenRespond("Acme sells that too.")
        .thenRespond("We sell that.")
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(resilience)
        .interceptor(telemetry.interceptor())
        .interceptor(Placement.in(Stage.GUARDRAILS), REASK).build()) {
      assertThat(runtime.run("Do you sell printers?").output()).isEqualTo("We sell that.");
    }
    assertThat(model.calls()).isEqualTo(2);
  }

  private void assertTwoAnsweredRequestsAndNoTimeout() {
    List<PointData> points = telemetry.points("gen_ai.client.operation.duration", Attributes.empty());
    long failed = points.stream().filter(p -> p.getAttributes().get(ERROR_TYPE) != null).count();
    long count = points.stream().mapToLong(p -> ((HistogramPointData) p).getCount()).sum();
    assertThat(failed).as("no request of the re-asked call failed: %s", points).isZero();
    assertThat(count).as("both requests reached the provider").isEqualTo(2);
    assertThat(telemetry.spans()).noneSatisfy(s -> assertThat(s.getAttributes().get(ERROR_TYPE)).isEqualTo("timeout"));
  }

  @Test
  void aReaskedCallsFirstAnswerIsNotATimedOutAttempt() {
    runWithReask(ResiliencePolicy.builder().modelRetry(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.disabled()).build());
    assertTwoAnsweredRequestsAndNoTimeout();
  }

  @Test
  void aReaskedCallsFirstAnswerIsNotATimedOutAttemptWithRetriesAndAnAttemptTimeoutToo() {
    runWithReask(ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).withJitter(0))
        .modelAttemptTimeout(Duration.ofSeconds(10))
        .circuitBreaker(CircuitBreakerPolicy.disabled()).build());
    assertTwoAnsweredRequestsAndNoTimeout();
  }
}
