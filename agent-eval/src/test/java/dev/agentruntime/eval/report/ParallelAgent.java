package dev.agentruntime.eval.report;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.Tool;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Asks for two slow tools in one step (the runtime runs them in parallel), then answers with the input echoed. */
final class ParallelAgent implements ModelClient {
  static final long TOOL_MS = 200;

  @Override
  public ModelResponse chat(ModelRequest request) throws Exception {
    Thread.sleep(20);
    if (request.lastMessage() instanceof ToolResultMessage) {
      String input = request.messages().stream().filter(m -> m.role().equals("user")).findFirst().orElseThrow().text();
      return new ModelResponse(AssistantMessage.of("Answer to " + input), TokenUsage.of(300, 40), null, null,
          "parallel-model", Map.of("agent_runtime.cost.usd", new BigDecimal("0.0004")));
    }
    return new ModelResponse(new AssistantMessage("", List.of(ToolCall.of("a1", "slow_a", "{}"),
        ToolCall.of("b1", "slow_b", "{}"))), TokenUsage.of(200, 20), null, null, "parallel-model",
        Map.of("agent_runtime.cost.usd", new BigDecimal("0.0002")));
  }

  @Override
  public ModelInfo info() {
    return ModelInfo.of("test", "parallel-model");
  }

  static Tool slow(String name) {
    return Tool.builder(name).description("sleeps").handler(inv -> {
      Thread.sleep(TOOL_MS);
      return name + " done";
    }).build();
  }

  static AgentRuntime runtime() {
    return AgentRuntime.builder().model(new ParallelAgent()).tools(slow("slow_a"), slow("slow_b"))
        .resilience(ResiliencePolicy.none()).build();
  }
}
