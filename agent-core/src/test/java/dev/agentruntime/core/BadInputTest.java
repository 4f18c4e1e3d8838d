package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {

  @Test
  void nullOrBlankInputFailsFastNamingTheArgument() {
    ScriptedModelClient model = ScriptedModelClient.builder().thenRespond("x").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).build()) {
      assertThatThrownBy(() -> rt.run(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("input must not be null");
      assertThatThrownBy(() -> rt.run("  \n")).isInstanceOf(IllegalArgumentException.class).hasMessage("input must not be blank");
      assertThatThrownBy(() -> rt.run("x", (RunOptions) null)).hasMessageContaining("options");
      assertThat(model.calls()).isZero();
    }
  }

  @Test
  void runWithoutModelOrLoopExplainsWhatToSet() {
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      assertThatThrownBy(() -> rt.run("x")).hasMessageContaining("no agent loop").hasMessageContaining("model(");
      assertThatThrownBy(() -> rt.run("x", (in, ctx) -> ctx.model().chat(null).text()))
          .hasMessageContaining("the runtime has no model");
    }
  }

  @Test
  void builderValidatesAtBuildNamingTheSetting() {
    assertThatThrownBy(() -> AgentRuntime.builder().agentName(" ").build()).hasMessageContaining("agentName");
    assertThatThrownBy(() -> AgentRuntime.builder().limits(null).build()).hasMessageContaining("limits");
    assertThatThrownBy(() -> AgentRuntime.builder().maxConcurrentRuns(-1, Duration.ZERO).build())
        .hasMessageContaining("maxConcurrentRuns");
    assertThatThrownBy(() -> AgentRuntime.builder().idempotencyTtl(Duration.ZERO).build())
        .hasMessageContaining("idempotencyTtl");
    assertThatThrownBy(() -> AgentRuntime.builder().tools(TestTools.echo()).toolRegistry(new ToolRegistry()).build())
        .hasMessageContaining("tools(...) or toolRegistry(...)");
    assertThatThrownBy(() -> AgentRuntime.builder().tools(TestTools.echo(), TestTools.echo()).build())
        .hasMessageContaining("'echo' is already registered");
    assertThatThrownBy(() -> AgentRuntime.builder().loop((i, c) -> i).systemPrompt("p").build())
        .hasMessageContaining("systemPrompt");
    assertThatThrownBy(() -> AgentRuntime.builder().resilience(null).build()).hasMessageContaining("resilience");
  }

  @Test
  void valuesRejectBadFields() {
    assertThatThrownBy(() -> new ToolSpec("bad name!", "", null)).hasMessageContaining("bad name!");
    assertThatThrownBy(() -> ModelRequest.builder().build()).hasMessageContaining("messages must not be empty");
    assertThatThrownBy(() -> new TokenUsage(-1, 0, 0, 0, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Tool.builder("t").build()).hasMessageContaining("handler is required");
    assertThatThrownBy(() -> Tool.builder("t").parameters("{not json").handler(i -> "").build())
        .hasMessageContaining("parameters schema is not valid JSON");
    assertThatThrownBy(() -> RunOptions.builder().sessionId("").build()).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> new ToolRegistry().disable("nope", "x")).hasMessageContaining("'nope'");
  }

  @Test
  void toolCallLimitsDoNotCountUnknownToolsAsSuccess() {
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("nope", "[1,2]")
        .thenRespond(r -> r.lastMessage().text()).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).limits(RunLimits.none())
        .resilience(ResiliencePolicy.none()).build()) {
      AgentResult r = rt.run("x");
      assertThat(r.output()).contains("Unknown tool 'nope'");
      assertThat(r.toolCalls()).singleElement().satisfies(t -> assertThat(t.succeeded()).isFalse());
    }
  }

  @Test
  void nonObjectArgumentsAreReportedToTheModel() {
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("echo", "[1,2]")
        .thenRespond(r -> r.lastMessage().text()).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(TestTools.echo()).build()) {
      assertThat(rt.run("x").output()).contains("must be a JSON object");
    }
    assertThat(List.of()).isEmpty();
  }
}
