package dev.agentruntime.mcp;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.mcp.client.McpErrorClassifier;
import dev.agentruntime.mcp.client.McpServerConfig;
import java.nio.file.Path;

/** The scripted stdio server {@code hunt-mcp-server.js} (see its header for its tools). */
final class HuntServer {
  private HuntServer() {}

  static McpServerConfig.Builder hunt(String name) throws Exception {
    TestServers.assumeServers();
    Path script = Path.of(HuntServer.class.getResource("/hunt-mcp-server.js").toURI());
    return McpServerConfig.stdio(name, TestServers.assumeNode(), script.toString());
  }

  static AgentRuntime noRetries() {
    return AgentRuntime.builder().resilience(ResiliencePolicy.none())
        .errorClassifier(McpErrorClassifier.create()).build();
  }

  /** Calls one tool in a run of its own and returns what the tool answered. */
  static String call(AgentRuntime runtime, String tool, String args) {
    return runtime.run("call", (in, ctx) -> ctx.tools().call(ToolCall.of("1", tool, args)).content()).output();
  }
}
