package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static dev.agentruntime.mcp.HuntServer.hunt;
import static dev.agentruntime.mcp.HuntServer.noRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A tool slower than {@code requestTimeout}: a side-effecting one runs at most once per tool call
 * (its outcome is unknown, it is not sent again), a read-only one times out TRANSIENT (retried).
 */
class McpToolTimeoutTest {

  @Test
  void aSlowSideEffectingMcpToolRunsOnceUnderTheDefaultRetry() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").requestTimeout(Duration.ofMillis(1000)).build());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default resilience: tool retry on
      source.bindTo(runtime.tools());
      assertThat(source.tool("hunt__effect").orElseThrow().sideEffecting()).isTrue();
      Throwable t = catchThrowable(() -> call(runtime, "hunt__effect", "{}"));
      Thread.sleep(3000); // every attempt sent has finished on the server by now
      assertThat(call(runtime, "hunt__effects", "{}")).as("times the side effect ran for one tool call").isEqualTo("1");
      assertThat(t).isInstanceOf(McpServerException.class);
      McpServerException e = (McpServerException) t;
      assertThat(e.errorType()).isEqualTo("timeout");
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome is unknown");
    }
  }

  @Test
  void aSlowSideEffectingMcpToolIsNotSentAgainEvenByARetryPolicyThatRetriesUnknownFailures() throws Exception {
    RetryPolicy retryAll = new RetryPolicy(2, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), 0,
        Duration.ofSeconds(1), true);
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").requestTimeout(Duration.ofMillis(1000)).build());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(retryAll).build()).build()) {
      source.bindTo(runtime.tools());
      McpServerException e = catchThrowableOfType(McpServerException.class, () -> call(runtime, "hunt__effect", "{}"));
      Thread.sleep(3000);
      assertThat(call(runtime, "hunt__effects", "{}")).as("times the side effect ran for one tool call").isEqualTo("1");
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      // a new tool call (another run) is sent: only the same call is not sent twice
      catchThrowable(() -> call(runtime, "hunt__effect", "{}"));
      Thread.sleep(3000);
      assertThat(call(runtime, "hunt__effects", "{}")).isEqualTo("2");
    }
  }

  @Test
  void aSlowReadOnlyMcpToolTimesOutTransient() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").requestTimeout(Duration.ofMillis(1000)).build());
        AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      assertThat(source.tool("hunt__lookup").orElseThrow().sideEffecting()).isFalse();
      McpServerException e = catchThrowableOfType(McpServerException.class, () -> call(runtime, "hunt__lookup", "{}"));
      assertThat(e.errorType()).isEqualTo("timeout");
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.getMessage()).doesNotContain("outcome is unknown");
    }
  }
}
