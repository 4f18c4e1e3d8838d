package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.ModelCallRecord;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads what a run cost from what the cost module recorded: the run's cost attribute, or the sum
 * of the per-call costs in each model response's metadata (key {@value #COST_KEY}, the cost
 * module's and agent-telemetry's {@code RuntimeAttributes.COST_METADATA_KEY}). A run nobody priced costs
 * zero.
 */
public final class Costs {
  /** Where the cost module records a cost in USD: the run attribute's and the response metadata's key. */
  public static final String COST_KEY = "agent_runtime.cost.usd";
  private Costs() {}

  /**
   * @param result a run, or null
   * @return its cost in USD (zero when not priced, or for null)
   */
  public static BigDecimal of(@Nullable AgentResult result) {
    if (result == null) {
      return BigDecimal.ZERO;
    }
    for (Map.Entry<AttributeKey<?>, Object> e : result.attributes().entrySet()) {
      if (COST_KEY.equals(e.getKey().name())) {
        BigDecimal v = toDecimal(e.getValue());
        if (v != null) {
          return v;
        }
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (ModelCallRecord call : result.modelCalls()) {
      sum = sum.add(of(call));
    }
    return sum;
  }

  /**
   * @param call one model call
   * @return its cost in USD (zero when not priced or failed)
   */
  public static BigDecimal of(ModelCallRecord call) {
    if (call.response() == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal v = toDecimal(call.response().metadata().get(COST_KEY));
    return v == null ? BigDecimal.ZERO : v;
  }

  private static @Nullable BigDecimal toDecimal(@Nullable Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
