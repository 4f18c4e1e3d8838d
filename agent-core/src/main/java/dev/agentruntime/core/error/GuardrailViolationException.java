package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
/** A guardrail blocked an input, output, tool call or tool result. */
public class GuardrailViolationException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  /** The guardrail's name. */
  private final String guardrail;
  /** Where it was checked ({@code input}, {@code output}, {@code tool_call},. */
  private final String point;
  /** Why it blocked. */
  private final String reason;

  /**
   * @param runId the run, or null
   * @param guardrail the guardrail's name
   * @param point where it was checked ({@code input}, {@code output}, {@code tool_call},
   *     {@code tool_result})
   * @param reason why it blocked
   */
  public GuardrailViolationException(@Nullable String runId, String guardrail, String point, String reason) {
    super(runId, "guardrail '" + guardrail + "' blocked the " + point + ": " + reason);
    this.guardrail = guardrail;
    this.point = point;
    this.reason = reason;
  }

  /** @return the guardrail's name */
  public String guardrail() {
    return guardrail;
  }

  /** @return where it was checked */
  public String point() {
    return point;
  }

  /** @return why it blocked */
  public String reason() {
    return reason;
  }

  /** @return {@code guardrail_blocked}: a guardrail blocked the call */
  @Override
  public String errorType() {
    return "guardrail_blocked";
  }

  /** @return {@code guardrail} */
  @Override
  public String policy() {
    return "guardrail";
  }
}
