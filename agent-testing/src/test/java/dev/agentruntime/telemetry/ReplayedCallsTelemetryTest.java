package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.checkpoint.InMemoryCheckpointStore;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A model call that {@link DurableRuns} answers from its journal when a run is resumed reached no
 * provider: its span says it was replayed, and it adds no latency point, no token usage and no
 * cost to the metrics, which the process that made the call recorded already.
 */
class ReplayedCallsTelemetryTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void aCallReplayedOnResumeIsNoProviderCallInTheMetrics() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenCallTool("lookup", "{}")
        .thenFail(() -> new ModelCallException(null, "gpt-4o-mini", "400 from the provider", null,
            ErrorClassification.PERMANENT, 400, null, "400"))
        .thenRespond("done")
        .build();
    InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
    Tool lookup = Tool.builder("lookup").handler(inv -> "found").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(lookup)
        .resilience(ResiliencePolicy.none())
        .idempotencyStore(idempotency)
        .interceptor(telemetry.interceptor())
        .interceptor(CostTracker.builder().build())
        .interceptor(DurableRuns.builder(new InMemoryCheckpointStore(), idempotency).build())
        .build()) {
      assertThatThrownBy(() -> rt.run("q", RunOptions.builder().runId("r1").build()))
          .isInstanceOf(ModelCallException.class);
      assertThat(model.calls()).isEqualTo(2);
      telemetry.reset();

      AgentResult resumed = rt.resume("r1");
      assertThat(resumed.output()).isEqualTo("done");
      assertThat(model.calls()).as("the first call is replayed, the failed one made again").isEqualTo(3);
      ModelResponse sent = resumed.modelCalls().get(resumed.modelCalls().size() - 1).response();

      // the metrics hold the one call the resumed run sent, not the replayed one again
      assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isEqualTo(1);
      assertThat(telemetry.sum("gen_ai.client.token.usage", Attributes.empty()))
          .isEqualTo(sent.usage().inputTokens() + sent.usage().outputTokens());
      BigDecimal cost = (BigDecimal) sent.metadata().get(CostTracker.COST_METADATA_KEY);
      assertThat(telemetry.sum("agent_runtime.cost.usd", Attributes.empty())).isEqualTo(cost.doubleValue());
      // the trace still shows the replayed call, marked as such
      assertThat(telemetry.spans("chat gpt-4o-mini")).hasSize(2)
          .filteredOn(s -> Boolean.TRUE.equals(s.getAttributes().get(AttributeKey.booleanKey("agent_runtime.replayed"))))
          .hasSize(1);
    }
  }
}
