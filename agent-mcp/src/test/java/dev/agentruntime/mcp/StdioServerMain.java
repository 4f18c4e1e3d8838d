package dev.agentruntime.mcp;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.guardrails.GuardrailChain;
import dev.agentruntime.guardrails.GuardrailsInterceptor;
import dev.agentruntime.guardrails.tools.ToolPolicyGuardrail;
import dev.agentruntime.mcp.server.McpToolServer;

/**
 * A program serving a runtime's tools over stdio, started as a child process by McpStdioServerTest
 * and McpStdioShutdownTest; it ends when its client closes its stdin.
 */
public final class StdioServerMain {
  private StdioServerMain() {}

  public static void main(String[] args) throws Exception {
    Tool weather = Tool.builder("weather").description("Weather for a city")
        .parameters("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}")
        .handler(inv -> "sunny in " + inv.arguments().getString("city")).build();
    Tool shutdown = Tool.builder("shutdown").description("Stops the plant").handler(inv -> "stopped").build();
    try (AgentRuntime runtime = AgentRuntime.builder().tools(weather, shutdown)
        .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder()
            .add(ToolPolicyGuardrail.builder().deny("shutdown").build()).build()))
        .build()) {
      // until the client closes our stdin: then the program ends
      McpToolServer.builder(runtime).name("stdio-tools").build().serveStdio();
    }
  }
}
