package dev.agentruntime.core.chain;

/**
 * Where an interceptor sits in the chain, outermost first. The runtime sorts interceptors by
 * stage (and keeps registration order within a stage), so the order is the same whatever order
 * the builder was called in.
 */
public enum Stage {
  /** Spans and metrics cover everything below, including guardrail time, retries and failures. */
  TELEMETRY,
  /** Step and call counts, deadline, loop detection, cancellation: refuse before spending. */
  LIMITS,
  /** Inputs checked or redacted before the call, outputs after; a re-ask proceeds again. */
  GUARDRAILS,
  /** Reserve estimated cost and rate-limit permits before, settle real usage after. */
  COST,
  /** User interceptors. */
  CUSTOM,
  /** Fallback, circuit breaker, retry, per-attempt timeout. */
  RESILIENCE
}
