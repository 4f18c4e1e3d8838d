package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the model is told of a failed tool — and so what a session keeps and serves back to its
 * owner — can leave out what the tool's exception said (a database host, a user).
 */
class ToolErrorMessageTest {

  static final String TOOL_SAYS = "connection to orders-db.internal:5432 refused (user orders_rw)";

  static Tool orders() {
    return Tool.builder("orders").handler(inv -> {
      throw new IllegalStateException(TOOL_SAYS);
    }).build();
  }

  static Tool refusing() {
    return new Tool() {
      @Override
      public dev.agentruntime.core.model.ToolSpec spec() {
        return new dev.agentruntime.core.model.ToolSpec("refunds", "", "{\"type\":\"object\"}");
      }

      @Override
      public ToolResult execute(dev.agentruntime.core.tool.ToolInvocation invocation) {
        return ToolResult.error("refunds above 100 EUR need a manager");
      }
    };
  }

  static String run(ToolCallingLoop loop, InMemorySessionStore sessions, String tool) {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool(tool, "{}")
        .thenRespond(r -> "told: " + r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(orders(), refusing()).loop(loop)
        .interceptor(SessionInterceptor.builder(sessions).build()).build()) {
      return runtime.run("where is my order?", RunOptions.builder().sessionId("s-1").build()).output();
    }
  }

  static String kept(InMemorySessionStore sessions) {
    StringBuilder all = new StringBuilder();
    for (SessionEntry e : sessions.read("s-1")) {
      all.append(e.message().text()).append('\n');
    }
    return all.toString();
  }

  @Test
  void byDefaultTheModelIsToldWhatTheToolSaid() {
    InMemorySessionStore sessions = new InMemorySessionStore();
    String out = run(ToolCallingLoop.builder().build(), sessions, "orders");

    assertThat(out).isEqualTo("told: tool 'orders' failed: " + TOOL_SAYS);
    assertThat(kept(sessions)).contains(TOOL_SAYS);
  }

  @Test
  void theGenericTextNamesTheToolButNothingItSaid() {
    InMemorySessionStore sessions = new InMemorySessionStore();
    String out = run(ToolCallingLoop.builder().toolErrorMessage(ToolCallingLoop::genericToolError).build(),
        sessions, "orders");

    assertThat(out).isEqualTo("told: tool 'orders' failed");
    assertThat(kept(sessions)).contains("tool 'orders' failed").doesNotContain("orders-db").doesNotContain("orders_rw");
  }

  @Test
  void aFunctionMayChoosePerToolAndException() {
    InMemorySessionStore sessions = new InMemorySessionStore();
    String out = run(ToolCallingLoop.builder().toolErrorMessage(e -> e.getCause() instanceof IllegalStateException
        ? "the " + e.toolName() + " service is unavailable; try again later" : e.getMessage()).build(),
        sessions, "orders");

    assertThat(out).isEqualTo("told: the orders service is unavailable; try again later");
  }

  @Test
  void aToolsOwnErrorResultIsPassedOnAsItIs() {
    InMemorySessionStore sessions = new InMemorySessionStore();
    String out = run(ToolCallingLoop.builder().toolErrorMessage(ToolCallingLoop::genericToolError).build(),
        sessions, "refunds");

    assertThat(out).isEqualTo("told: refunds above 100 EUR need a manager");
  }

  @Test
  void aFunctionThatFailsOrGivesNullTellsTheGenericText() {
    for (java.util.function.Function<dev.agentruntime.core.error.ToolExecutionException, String> bad : List.<
        java.util.function.Function<dev.agentruntime.core.error.ToolExecutionException, String>>of(
            e -> null, e -> { throw new IllegalArgumentException("bug"); })) {
      InMemorySessionStore sessions = new InMemorySessionStore();
      String out = run(ToolCallingLoop.builder().toolErrorMessage(bad).build(), sessions, "orders");

      assertThat(out).isEqualTo("told: tool 'orders' failed");
    }
  }

  @Test
  void aNullFunctionIsRefused() {
    assertThatThrownBy(() -> ToolCallingLoop.builder().toolErrorMessage(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("toolErrorMessage");
  }
}
