package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import org.junit.jupiter.api.Test;

/** The assertions fail with messages that say what was there. */
class AssertionsTest {

  @Test
  void failuresNameWhatWasRecorded() {
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create();
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      runtime.run("hi");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpan("execute_tool delete_everything"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("execute_tool delete_everything").hasMessageContaining("execute_tool create_ticket");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpan("execute_tool create_ticket")
          .withAttribute("gen_ai.tool.name", "other"))
          .hasMessageContaining("gen_ai.tool.name=<other>").hasMessageContaining("create_ticket");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpan("chat gpt-4o").withKind(SpanKind.INTERNAL))
          .hasMessageContaining("CLIENT");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpan("chat gpt-4o").withParent("chat gpt-4o"))
          .hasMessageContaining("invoke_agent support");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpan("chat gpt-4o").failedWith("500"))
          .hasMessageContaining("ERROR");
      assertThatThrownBy(() -> assertThat(telemetry).hasSpanCount("chat gpt-4o", 3))
          .hasMessageContaining("found 2");
      assertThatThrownBy(() -> assertThat(telemetry).hasMetric("agent_runtime.runs").withSum(5))
          .hasMessageContaining("sums to 1.0");
      assertThatThrownBy(() -> assertThat(telemetry).hasMetric("no.such.metric"))
          .hasMessageContaining("gen_ai.client.token.usage");
      assertThatThrownBy(() -> assertThat(telemetry).hasTree("invoke_agent support"))
          .hasMessageContaining("  execute_tool create_ticket");
      assertThatThrownBy(() -> assertThat(telemetry).hasMetric("agent_runtime.runs").withSum(1, "odd"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
      assertThatThrownBy(() -> telemetry.span("chat gpt-4o")).hasMessageContaining("found 2");
      assertThat(telemetry.spanNames()).hasSize(4);
    }
  }
}
