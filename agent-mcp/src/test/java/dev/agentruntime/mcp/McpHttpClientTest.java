package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpToolSource;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The everything reference server over streamable HTTP, in its own node process. */
class McpHttpClientTest {

  @Test
  void toolsOfAStreamableHttpServerRunThroughTheChain() throws Exception {
    TestServers.assumeServers();
    int port = TestServers.freePort();
    ProcessBuilder pb = new ProcessBuilder(TestServers.assumeNode(), TestServers.EVERYTHING.toString(), "streamableHttp")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PORT", String.valueOf(port));
    Process server = pb.start();
    try {
      waitForPort(port, server);
      try (McpToolSource web = McpToolSource.connect(McpServerConfig.http("web", "http://127.0.0.1:" + port)
              .header("X-Client", "agent-runtime-tests").requestTimeout(Duration.ofSeconds(20)).build());
          InMemoryTelemetry telemetry = InMemoryTelemetry.create();
          AgentRuntime runtime = AgentRuntime.builder().interceptor(telemetry.interceptor()).build()) {
        web.bindTo(runtime.tools());
        assertThat(runtime.tools().names()).contains("web__echo", "web__get-sum");
        String out = runtime.run("sum", (in, ctx) ->
            ctx.tools().call(ToolCall.of("1", "web__get-sum", "{\"a\": 1.5, \"b\": 2}")).content()).output();
        assertThat(out).contains("3.5");
        assertThat(telemetry.spanNames()).contains("execute_tool web__get-sum");
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static void waitForPort(int port, Process server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the everything server exited with " + server.exitValue());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the everything server did not listen on port " + port + " within 30 s");
  }
}
