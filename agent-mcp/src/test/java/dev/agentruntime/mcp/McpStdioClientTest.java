package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpTool;
import dev.agentruntime.mcp.client.McpToolSource;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The everything reference server over stdio, used through the runtime. */
class McpStdioClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static McpToolSource everything;

  @BeforeAll
  static void connect() {
    everything = McpToolSource.connect(TestServers.everything("everything").build());
  }

  @AfterAll
  static void close() {
    if (everything != null) {
      everything.close();
    }
  }

  @Test
  void everyServerToolBecomesANamespacedRuntimeToolWithTheSchemaTheServerSent() throws Exception {
    List<String> names = everything.tools().stream().map(McpTool::name).toList();
    assertThat(names).contains("everything__echo", "everything__get-sum", "everything__trigger-long-running-operation")
        .allMatch(n -> n.startsWith("everything__"));

    for (McpTool tool : everything.tools()) {
      JsonNode ours = JSON.readTree(tool.spec().parametersSchema());
      JsonNode theirs = JSON.valueToTree(tool.mcpDefinition().inputSchema());
      assertThat(ours).as(tool.name()).isEqualTo(theirs);
      assertThat(tool.circuitName()).isEqualTo("mcp:everything");
    }
    // nothing dropped: defaults, descriptions and the $schema keyword survive
    JsonNode longRunning = JSON.readTree(everything.tool("everything__trigger-long-running-operation")
        .orElseThrow().spec().parametersSchema());
    assertThat(longRunning.path("$schema").asText()).contains("json-schema.org");
    assertThat(longRunning.at("/properties/duration/default").asInt()).isEqualTo(10);
    assertThat(longRunning.at("/properties/duration/description").asText()).isEqualTo("Duration of the operation in seconds");
    // MCP annotations decide what the runtime treats as side-effecting (run at most once per key)
    assertThat(everything.tool("everything__echo").orElseThrow().sideEffecting()).isFalse();
    assertThat(everything.tool("everything__toggle-simulated-logging").orElseThrow().sideEffecting()).isTrue();
  }

  @Test
  void aModelDrivenRunCallsTheServerThroughTheChainAndEachCallIsAnExecuteToolSpan() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("everything__get-sum", "{\"a\": 2, \"b\": 40}")
        .thenCallTool("everything__echo", "{\"message\": \"hello over stdio\"}")
        .thenRespond(r -> r.messages().stream().filter(m -> m instanceof ToolResultMessage)
            .map(m -> ((ToolResultMessage) m).text()).reduce((a, b) -> a + " | " + b).orElse(""))
        .build();
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create();
        AgentRuntime runtime = AgentRuntime.builder().agentName("mcp-user").model(model)
            .interceptor(telemetry.interceptor()).build()) {
      everything.bindTo(runtime.tools());
      assertThat(runtime.tools().enabledSpecs()).extracting(s -> s.name()).contains("everything__echo");

      AgentResult result = runtime.run("add and echo");

      assertThat(result.output()).contains("42").contains("Echo: hello over stdio");
      SpanData sum = telemetry.span("execute_tool everything__get-sum");
      assertThat(sum.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name"))).isEqualTo("everything__get-sum");
      assertThat(telemetry.parent(sum)).hasValueSatisfying(p -> assertThat(p.getName()).startsWith("invoke_agent"));
      assertThat(telemetry.spanNames()).contains("execute_tool everything__echo");
    }
  }

  @Test
  void runLimitsApplyToMcpToolsLikeToAnyTool() {
    try (AgentRuntime runtime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxToolCalls("everything__echo", 1).build()).build()) {
      everything.bindTo(runtime.tools());
      assertThatThrownBy(() -> runtime.run("twice", (in, ctx) -> {
        ToolResult first = ctx.tools().call(ToolCall.of("1", "everything__echo", "{\"message\":\"one\"}"));
        assertThat(first.content()).isEqualTo("Echo: one");
        return ctx.tools().call(ToolCall.of("2", "everything__echo", "{\"message\":\"two\"}")).content();
      })).isInstanceOf(LimitExceededException.class).hasMessageContaining("everything__echo");
    }
  }

  @Test
  void argumentsAreCheckedAgainstTheServerSchemaBeforeTheServerIsCalled() throws Exception {
    try (AgentRuntime runtime = AgentRuntime.builder().build()) {
      everything.bindTo(runtime.tools());
      AgentResult r = runtime.run("bad", (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "everything__get-sum", "{\"a\": \"two\", \"b\": 1}")).content());
      // the server's schema is checked by networknt, which names the argument by its JSON pointer
      assertThat(r.output()).contains("/a: ").contains("number");
    }
  }

  @Test
  void secretsReachTheServerFromTheConfigurationAndTheHostEnvironmentDoesNot() throws Exception {
    McpServerConfig config = TestServers.everything("envcheck")
        .env("MCP_DEMO_API_KEY", "sk-demo-from-config")
        .envFromSystem("PATH")
        .includeTools("get-env")
        .build();
    assertThat(config.toString()).doesNotContain("sk-demo-from-config").contains("MCP_DEMO_API_KEY");
    assertThat(System.getenv("AGENT_MCP_HOST_ONLY_SECRET")).as("set by surefire").isNotNull();
    try (McpToolSource source = McpToolSource.connect(config);
        AgentRuntime runtime = AgentRuntime.builder().build()) {
      assertThat(source.tools()).extracting(McpTool::name).containsExactly("envcheck__get-env");
      source.bindTo(runtime.tools());
      String env = runtime.run("env", (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "envcheck__get-env", "{}")).content()).output();
      JsonNode vars = JSON.readTree(env);
      assertThat(vars.path("MCP_DEMO_API_KEY").asText()).isEqualTo("sk-demo-from-config");
      assertThat(vars.has("AGENT_MCP_HOST_ONLY_SECRET")).as("host secret leaked: " + env).isFalse();
    }
  }

  @Test
  void twoServersNeverCollideAndAClashingPrefixIsRefused() {
    try (AgentRuntime runtime = AgentRuntime.builder().build()) {
      everything.bindTo(runtime.tools());
      assertThatThrownBy(() -> everything.bindTo(runtime.tools()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toolPrefix");
    }
  }

  @Test
  void badConfigurationFailsFastNamingTheProblem() {
    assertThatThrownBy(() -> McpServerConfig.stdio("has space", "node").build())
        .hasMessageContaining("name").hasMessageContaining("has space");
    assertThatThrownBy(() -> McpServerConfig.http("web", "ftp://host").build()).hasMessageContaining("http or https");
    assertThatThrownBy(() -> McpServerConfig.stdio("x", "node").includeTools("a").excludeTools("a").build())
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> McpServerConfig.stdio("x", "node").envFromSystem("AGENT_MCP_SURELY_UNSET_VAR"))
        .hasMessageContaining("AGENT_MCP_SURELY_UNSET_VAR");
    assertThatThrownBy(() -> McpServerConfig.http("x", "http://h").env("K", "v").build())
        .hasMessageContaining("stdio servers only");
  }

  @Test
  void aHumanApprovesOrDeniesEachCallOfAnMcpToolBeforeTheServerSeesIt() {
    java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    dev.agentruntime.guardrails.tools.ApprovalHandler human = request -> {
      asked.add(request.toolName() + " " + request.arguments());
      boolean ok = request.arguments().contains("harmless");
      return java.util.concurrent.CompletableFuture.completedFuture(ok
          ? dev.agentruntime.guardrails.tools.ApprovalDecision.approve()
          : dev.agentruntime.guardrails.tools.ApprovalDecision.deny("not this message"));
    };
    try (AgentRuntime runtime = AgentRuntime.builder()
        .interceptor(dev.agentruntime.guardrails.GuardrailsInterceptor.of(dev.agentruntime.guardrails.GuardrailChain.builder()
            .add(dev.agentruntime.guardrails.tools.ToolPolicyGuardrail.builder()
                .requireApproval(human, java.time.Duration.ofSeconds(5), "everything__echo").build()).build()))
        .build()) {
      everything.bindTo(runtime.tools());
      String approved = runtime.run("a", (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "everything__echo", "{\"message\":\"harmless\"}")).content()).output();
      assertThat(approved).isEqualTo("Echo: harmless");
      String denied = runtime.run("b", (in, ctx) -> {
        ToolResult r = ctx.tools().call(ToolCall.of("2", "everything__echo", "{\"message\":\"wire the money\"}"));
        return (r.isError() ? "ERROR " : "OK ") + r.content();
      }).output();
      assertThat(denied).startsWith("ERROR").contains("not this message").doesNotContain("Echo:");
      assertThat(asked).hasSize(2).allMatch(a -> a.startsWith("everything__echo "));
    }
  }
}
