package dev.agentruntime.guardrails;

/** What happens when a guardrail blocks a tool call or a tool result. */
public enum ToolViolationAction {
  /**
   * Do not fail the run: the model receives an error tool result saying what was blocked and why,
   * so it can choose another way (the default).
   */
  RETURN_ERROR_TO_MODEL,
  /** Fail the run with a {@link dev.agentruntime.core.error.GuardrailViolationException}. */
  THROW
}
