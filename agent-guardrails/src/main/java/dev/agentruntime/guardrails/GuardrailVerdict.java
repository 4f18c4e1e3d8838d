package dev.agentruntime.guardrails;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import java.util.Objects;

/**
 * One guardrail's decision within a chain evaluation.
 *
 * @param guardrail the guardrail's name
 * @param decision what it decided
 * @param failed whether the guardrail threw and the decision was derived from the chain's
 *     {@link FailureMode}
 */
public record GuardrailVerdict(String guardrail, GuardrailDecision decision, boolean failed) {
  /**
   * Validates.
   *
   * @param guardrail the guardrail's name
   * @param decision what it decided
   * @param failed whether the guardrail threw and the decision was derived from the chain's
   *     {@link FailureMode}
   */
  public GuardrailVerdict {
    Objects.requireNonNull(guardrail, "guardrail");
    Objects.requireNonNull(decision, "decision");
  }

  /** @return the decision's reason or feedback, empty for pass */
  public String reason() {
    if (decision instanceof GuardrailDecision.Block b) {
      return b.reason();
    } else if (decision instanceof GuardrailDecision.Rewrite r) {
      return r.reason();
    } else if (decision instanceof GuardrailDecision.Reask r) {
      return r.feedback();
    } else if (decision instanceof GuardrailDecision.Warn w) {
      return w.reason();
    }
    return "";
  }
}
