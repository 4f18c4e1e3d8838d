package dev.agentruntime.eval;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.Tool;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small deterministic shop agent for the eval's own tests: a rule-based model (asks for
 * lookup_order when the user names an order, answers from the tool result, echoes otherwise)
 * priced at $0.01 per call, behind a real AgentRuntime with the built-in loop.
 */
final class ShopAgent implements ModelClient {
  static final BigDecimal PRICE = new BigDecimal("0.01");
  private static final Pattern ORDER = Pattern.compile("order (\\d+)");

  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final AtomicInteger calls = new AtomicInteger();
  volatile Duration latency = Duration.ZERO;
  /** With a latency: a call returns early once this many calls are in flight at once (0: never). */
  volatile int releaseAtInFlight;

  @Override
  public ModelResponse chat(ModelRequest request) throws Exception {
    calls.incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      if (!latency.isZero()) {
        long deadline = System.nanoTime() + latency.toNanos();
        while (System.nanoTime() < deadline
            && (releaseAtInFlight == 0 || inFlight.get() < releaseAtInFlight)) {
          Thread.sleep(1);
        }
      }
      ChatMessage last = request.lastMessage();
      if (last instanceof ToolResultMessage tr) {
        return priced(AssistantMessage.of("Here is what I found: " + tr.text()));
      }
      String text = last.text();
      if (text.contains("explode")) {
        throw new IllegalStateException("model exploded on purpose");
      }
      Matcher m = ORDER.matcher(text);
      if (m.find()) {
        return priced(new AssistantMessage("", List.of(
            ToolCall.of("call-" + m.group(1), "lookup_order", "{\"order_id\":\"" + m.group(1) + "\"}"))));
      }
      long userTurns = request.messages().stream().filter(x -> x instanceof UserMessage).count();
      return priced(AssistantMessage.of("You said: " + text + " (turn " + userTurns + ")"));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public ModelInfo info() {
    return ModelInfo.of("test", "shop-model");
  }

  private static ModelResponse priced(AssistantMessage message) {
    return new ModelResponse(message, TokenUsage.of(100, 20), message.hasToolCalls() ? FinishReason.TOOL_CALLS
        : FinishReason.STOP, null, "shop-model", Map.of("agent_runtime.cost.usd", PRICE));
  }

  static Tool lookupOrder() {
    return Tool.builder("lookup_order")
        .description("Looks up an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},\"required\":[\"order_id\"]}")
        .handler(inv -> "order " + inv.arguments().getString("order_id") + " shipped yesterday")
        .build();
  }

  AgentRuntime runtime() {
    return AgentRuntime.builder()
        .agentName("shop")
        .model(this)
        .tools(lookupOrder())
        .resilience(ResiliencePolicy.none())
        .build();
  }
}
