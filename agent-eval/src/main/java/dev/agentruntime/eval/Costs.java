package dev.agentruntime.eval;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.telemetry.RuntimeAttributes;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads what a run cost from what the cost module recorded: the run's cost attribute, or the sum
 * of the per-call costs in each model response's metadata (key {@link
 * RuntimeAttributes#COST_METADATA_KEY}). A run nobody priced costs zero.
 */
public final class Costs {
  private Costs() {}

  /**
   * @param result a run
   * @return its cost in USD (zero when not priced)
   */
  public static BigDecimal of(AgentResult result) {
    if (result == null) {
      return BigDecimal.ZERO;
    }
    for (Map.Entry<AttributeKey<?>, Object> e : result.attributes().entrySet()) {
      if (RuntimeAttributes.COST_METADATA_KEY.equals(e.getKey().name())) {
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
    BigDecimal v = toDecimal(call.response().metadata().get(RuntimeAttributes.COST_METADATA_KEY));
    return v == null ? BigDecimal.ZERO : v;
  }

  private static BigDecimal toDecimal(Object v) {
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
