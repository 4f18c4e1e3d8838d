package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpToolSource;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our runtime served over stdio in a child JVM, used by the SDK's stdio client and by ours. */
class McpStdioServerTest {
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
  private static final String CLASSPATH =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

  @Test
  void theSdkStdioClientCallsOurToolsAndThePolicyStillApplies() {
    ServerParameters params = ServerParameters.builder(JAVA)
        .args("-cp", CLASSPATH, StdioServerMain.class.getName()).build();
    try (McpSyncClient client = McpClient.sync(new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper())))
        .requestTimeout(Duration.ofSeconds(30)).initializationTimeout(Duration.ofSeconds(60)).build()) {
      assertThat(client.initialize().serverInfo().name()).isEqualTo("stdio-tools");
      assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("weather", "shutdown");

      McpSchema.CallToolResult sunny = client.callTool(new McpSchema.CallToolRequest("weather", Map.of("city", "Lyon")));
      assertThat(sunny.isError()).isFalse();
      assertThat(((McpSchema.TextContent) sunny.content().get(0)).text()).isEqualTo("sunny in Lyon");

      McpSchema.CallToolResult denied = client.callTool(new McpSchema.CallToolRequest("shutdown", Map.of()));
      assertThat(denied.isError()).isTrue();
      assertThat(((McpSchema.TextContent) denied.content().get(0)).text()).contains("tool_policy").doesNotContain("stopped");

      // arguments that miss a required property are refused by the runtime, not passed on
      McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("weather", Map.of()));
      assertThat(bad.isError()).isTrue();
      assertThat(((McpSchema.TextContent) bad.content().get(0)).text()).contains("city");

      // the SDK's close() only starts stopping the server (on another thread): wait for it
      client.closeGracefully();
    }
  }

  @Test
  void ourClientTalksToOurServerOverStdio() {
    McpServerConfig config = McpServerConfig.stdio("plant", JAVA, "-cp", CLASSPATH, StdioServerMain.class.getName())
        .initializationTimeout(Duration.ofSeconds(60)).build();
    try (McpToolSource plant = McpToolSource.connect(config); AgentRuntime runtime = AgentRuntime.builder().build()) {
      plant.bindTo(runtime.tools());
      assertThat(runtime.run("w", (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "plant__weather", "{\"city\":\"Oslo\"}")).content()).output())
          .isEqualTo("sunny in Oslo");
    }
  }
}
