package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpTool;
import dev.agentruntime.mcp.client.McpToolSource;
import dev.agentruntime.mcp.server.McpHttpOptions;
import dev.agentruntime.mcp.server.McpHttpServer;
import dev.agentruntime.mcp.server.McpToolServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A server that adds and removes tools while connected: the runtime's registry follows. */
class McpToolListChangedTest {
  private static final String TOKEN = "list-changed-token-0123456789";

  @Test
  void toolsTheServerAddsAndRemovesAppearAndDisappearInTheRuntime() throws Exception {
    Tool ping = Tool.builder("ping").description("pong").handler(inv -> "pong").build();
    try (AgentRuntime serving = AgentRuntime.builder().tools(ping).build();
        McpHttpServer http = McpToolServer.builder(serving).build()
            .startHttp(McpHttpOptions.builder().bearerToken(TOKEN).build());
        McpToolSource source = McpToolSource.connect(McpServerConfig.http("live", http.baseUrl())
            .bearerToken(TOKEN).requestTimeout(Duration.ofSeconds(20)).build());
        AgentRuntime runtime = AgentRuntime.builder().build()) {
      List<List<McpTool>> changes = new CopyOnWriteArrayList<>();
      source.onToolsChanged(changes::add).bindTo(runtime.tools());
      assertThat(runtime.tools().names()).containsExactly("live__ping");
      runtime.tools().disable("live__ping", "maintenance");

      http.sdkServer().addTool(new McpServerFeatures.SyncToolSpecification(
          McpSchema.Tool.builder().name("time").description("what time it is")
              .inputSchema(java.util.Map.of("type", "object", "properties", java.util.Map.of())).build(),
          (exchange, request) -> McpSchema.CallToolResult.builder().addTextContent("noon").build()));
      await(() -> runtime.tools().names().contains("live__time"));
      assertThat(runtime.run("t", (in, ctx) -> ctx.tools().call(ToolCall.of("1", "live__time", "{}")).content()).output())
          .isEqualTo("noon");
      assertThat(changes).isNotEmpty();
      // an unchanged tool keeps its kill switch across the change
      assertThat(runtime.tools().disabledReason("live__ping")).hasValue("maintenance");

      http.sdkServer().removeTool("time");
      await(() -> !runtime.tools().names().contains("live__time"));
      assertThat(runtime.tools().names()).containsExactly("live__ping");
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(50);
    }
  }
}
