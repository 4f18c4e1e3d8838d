package dev.agentruntime.core.guardrail;

/** Where a guardrail checks. */
public enum GuardrailPoint {
  /** New input to a model call (the user's message, fresh tool results), before the call. */
  INPUT,
  /** The model's answer, after the call. */
  OUTPUT,
  /** A tool call's name and arguments, before execution. */
  TOOL_CALL,
  /** A tool's result, before it goes back to the model. */
  TOOL_RESULT;

  /** @return the snake-case name used in events, spans and exceptions */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
