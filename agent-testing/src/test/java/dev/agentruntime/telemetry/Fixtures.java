package dev.agentruntime.telemetry;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared test fixtures. */
final class Fixtures {
  private Fixtures() {}

  static final ModelInfo GPT = new ModelInfo("openai", "gpt-4o", "api.openai.com", 443);

  static Tool createTicket(AtomicInteger calls) {
    return Tool.builder("create_ticket")
        .description("Opens a support ticket")
        .parameters("{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}")
        .handler(inv -> {
          calls.incrementAndGet();
          return "ticket T-1 created: " + inv.arguments().getString("title", "");
        })
        .build();
  }

  /** Model: call create_ticket, then answer. */
  static ScriptedModelClient ticketModel() {
    return ScriptedModelClient.builder()
        .info(GPT)
        .thenCallTool("create_ticket", "{\"title\":\"printer on fire\"}")
        .thenRespond("Ticket T-1 is open.")
        .build();
  }

  static AgentRuntime.Builder runtime(AgentInterceptor telemetry) {
    return AgentRuntime.builder()
        .agentName("support")
        .model(ticketModel())
        .tools(createTicket(new AtomicInteger()))
        .resilience(ResiliencePolicy.none())
        .interceptor(telemetry);
  }
}
