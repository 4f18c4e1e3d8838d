package dev.agentruntime.telemetry.internal;

import dev.agentruntime.core.error.PolicyRefusal;

/** Tells the runtime's own policy refusals from provider and tool failures. */
public final class Refusals {
  private Refusals() {}

  /**
   * @param t a failure (unwrapped)
   * @return {@code {error.type, policy}} when {@code t} is a refusal by one of the runtime's own
   *     policies (any {@link PolicyRefusal}: guardrail, budget, usage plan, pricing, rate limit, run
   *     limit, open circuit, or a user's own), else null
   */
  public static String[] of(Throwable t) {
    if (t instanceof PolicyRefusal r) {
      return new String[] {r.errorType(), r.policy()};
    }
    return null;
  }
}
