package dev.agentruntime.guardrails;

/** What a chain does when a guardrail throws instead of deciding. */
public enum FailureMode {
  /** Treat the failure as a block (the default: safe). */
  FAIL_CLOSED,
  /** Treat the failure as a warning and let the text through. */
  FAIL_OPEN
}
