package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.spring.autoconfigure.AgentRuntimeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code agent.tool-errors}: what the built-in loop tells the model (and a session keeps) when a
 * tool fails — the failure's message by default, or only that the tool failed.
 */
class ToolErrorsPropertyTest {

  static final String TOOL_SAYS = "connection to orders-db.internal:5432 refused (user orders_rw)";

  /** Calls the orders tool, then answers with what it was told. */
  static ModelClient model() {
    return dev.agentruntime.core.testing.ScriptedModelClient.builder()
        .thenCallTool("orders", "{}")
        .thenRespond(r -> "told: " + r.lastMessage().text())
        .build();
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AgentRuntimeAutoConfiguration.class))
      .withBean(ModelClient.class, ToolErrorsPropertyTest::model)
      .withBean("orders", Tool.class, () -> Tool.builder("orders").handler(inv -> {
        throw new IllegalStateException(TOOL_SAYS);
      }).build());

  @Test
  void byDefaultTheModelIsToldWhatTheToolSaid() {
    runner.run(ctx -> assertThat(ctx.getBean(AgentRuntime.class).run("where is my order?").output())
        .isEqualTo("told: tool 'orders' failed: " + TOOL_SAYS));
  }

  @Test
  void genericTellsOnlyThatTheToolFailed() {
    runner.withPropertyValues("agent.tool-errors=generic")
        .run(ctx -> assertThat(ctx.getBean(AgentRuntime.class).run("where is my order?").output())
            .isEqualTo("told: tool 'orders' failed"));
  }

  @Test
  void genericWithStreamingAndASystemPromptKeepsBoth() {
    runner.withPropertyValues("agent.tool-errors=generic", "agent.streaming=true", "agent.system-prompt=Be brief.")
        .run(ctx -> assertThat(ctx.getBean(AgentRuntime.class).run("where is my order?").output())
            .isEqualTo("told: tool 'orders' failed"));
  }

  @Test
  void anUnknownValueFailsAtStartupNamingTheSetting() {
    runner.withPropertyValues("agent.tool-errors=redacted")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("agent.tool-errors"));
  }
}
