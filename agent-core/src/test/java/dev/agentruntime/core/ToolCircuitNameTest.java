package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Tools backed by one backend share one circuit breaker through {@link Tool#circuitName()}. */
class ToolCircuitNameTest {

  private static Tool remote(String name, String circuit, boolean healthy) {
    return new Tool() {
      @Override
      public ToolSpec spec() {
        return new ToolSpec(name, "", null);
      }

      @Override
      public ToolResult execute(ToolInvocation invocation) throws Exception {
        if (!healthy) {
          throw new ConnectException("backend down");
        }
        return ToolResult.success("ok");
      }

      @Override
      public String circuitName() {
        return circuit;
      }
    };
  }

  @Test
  void failuresOfOneToolOpenTheCircuitForEveryToolSharingItsName() {
    Tool broken = remote("a_write", "backend:a", false);
    Tool sibling = remote("a_read", "backend:a", true);
    Tool other = remote("b_read", "backend:b", true);
    assertThat(Tool.builder("plain").handler(inv -> "x").build().circuitName()).isEqualTo("tool:plain");
    try (AgentRuntime rt = AgentRuntime.builder().tools(broken, sibling, other)
        .resilience(ResiliencePolicy.builder().toolRetry(RetryPolicy.none())
            .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(2, 2, 50f)).build())
        .build()) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> rt.run("w", (in, ctx) -> ctx.tools().call(ToolCall.of("1", "a_write", "{}")).content()))
            .isInstanceOf(Exception.class);
      }
      assertThat(rt.circuitState("backend:a")).contains("OPEN");
      assertThat(rt.circuitState("tool:a_write")).isEmpty();
      assertThatThrownBy(() -> rt.run("r", (in, ctx) -> ctx.tools().call(ToolCall.of("2", "a_read", "{}")).content()))
          .isInstanceOf(CircuitOpenException.class).hasMessageContaining("backend:a");
      assertThat(rt.run("r", (in, ctx) -> ctx.tools().call(ToolCall.of("3", "b_read", "{}")).content()).output())
          .isEqualTo("ok");
      // a decorated tool keeps its circuit
      assertThat(rt.decorate(sibling).circuitName()).isEqualTo("backend:a");
    }
  }
}
