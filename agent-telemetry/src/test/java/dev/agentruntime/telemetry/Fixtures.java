package dev.agentruntime.telemetry;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.model.ModelResponse;
import java.math.BigDecimal;
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

  /** Stands in for agent-cost and agent-guardrails: emits their events and the cost metadata. */
  static final class FakeCostAndGuardrails implements AgentInterceptor {
    @Override
    public Stage stage() {
      return Stage.COST;
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      RunView ctx = chain.context();
      ctx.emit(new GuardrailTriggered(ctx.runId(), ctx.clock().instant(), "pii", "input", "rewrite",
          "email address of bob@example.com"));
      ModelResponse r = chain.proceed(chain.request());
      ctx.emit(new BudgetThresholdReached(ctx.runId(), ctx.clock().instant(), "team-daily", 80,
          new BigDecimal("8.25"), new BigDecimal("10.00")));
      ctx.emit(new CircuitStateChanged(ctx.runId(), ctx.clock().instant(), "model:openai/gpt-4o", "CLOSED", "OPEN"));
      return r.withMetadata(RuntimeAttributes.COST_METADATA_KEY, new BigDecimal("0.0125"));
    }
  }
}
