package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runsToolCallingLoopWithScriptedModel() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":42}")
        .thenRespond(r -> "Order status: " + r.lastMessage().text())
        .build();
    Tool lookup = Tool.builder("lookup_order").description("Looks up an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}")
        .handler(inv -> "order " + inv.arguments().getLong("id") + " shipped")
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(lookup).build()) {
      AgentResult result = runtime.run("Where is order 42?");
      assertThat(result.output()).isEqualTo("Order status: order 42 shipped");
      assertThat(result.steps()).isEqualTo(2);
      assertThat(result.toolCalls()).hasSize(1);
      assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
    }
  }
}
