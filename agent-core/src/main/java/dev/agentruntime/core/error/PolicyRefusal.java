package dev.agentruntime.core.error;

/**
 * Marks an exception as a refusal by one of the runtime's own policies (a guardrail, a budget, a
 * usage plan, a rate limit, a run limit, an open circuit breaker) rather than a failure of the
 * provider or a tool. Telemetry counts such a call on the policy-refusals metric under
 * {@link #errorType()} and {@link #policy()}, and keeps it out of the provider's error rate and
 * latency. An interceptor of another module (or the user's own) that refuses a call throws an
 * exception implementing this interface to be counted the same way.
 */
public interface PolicyRefusal {

  /**
   * @return the {@code error.type} of the refused call: a short lower-snake-case name, stable
   *     across releases (e.g. {@code budget_exceeded}, {@code model_not_allowed})
   */
  String errorType();

  /**
   * @return the kind of policy that refused, lower snake case (e.g. {@code guardrail},
   *     {@code budget}, {@code rate_limit}, {@code limit}, {@code circuit_breaker},
   *     {@code usage_plan})
   */
  String policy();
}
