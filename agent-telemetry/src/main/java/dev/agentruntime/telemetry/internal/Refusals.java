package dev.agentruntime.telemetry.internal;

import static dev.agentruntime.telemetry.RuntimeAttributes.*;

import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RateLimitedException;

/** Tells the runtime's own policy refusals from provider and tool failures. */
public final class Refusals {
  private Refusals() {}

  /**
   * @param t a failure (unwrapped)
   * @return {@code {error.type, policy}} when {@code t} is a refusal by one of the runtime's own
   *     policies (guardrail, budget, rate limit, run limit, open circuit), else null
   */
  public static String[] of(Throwable t) {
    if (t instanceof GuardrailViolationException) {
      return new String[] {ERROR_GUARDRAIL_BLOCKED, "guardrail"};
    }
    if (t instanceof BudgetExceededException) {
      return new String[] {ERROR_BUDGET_EXCEEDED, "budget"};
    }
    if (t instanceof RateLimitedException) {
      return new String[] {ERROR_RATE_LIMITED, "rate_limit"};
    }
    if (t instanceof LimitExceededException) {
      return new String[] {ERROR_LIMIT_EXCEEDED, "limit"};
    }
    if (t instanceof CircuitOpenException) {
      return new String[] {ERROR_CIRCUIT_OPEN, "circuit_breaker"};
    }
    return null;
  }
}
