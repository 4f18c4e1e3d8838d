package dev.agentruntime.guardrails.tools;

import java.util.Objects;

/**
 * A human's answer to an approval request.
 *
 * @param approved whether the call may run
 * @param reason why (shown to the model when denied)
 */
public record ApprovalDecision(boolean approved, String reason) {
  /**
   * Validates.
   *
   * @param approved whether the call may run
   * @param reason why (shown to the model when denied)
   */
  public ApprovalDecision {
    Objects.requireNonNull(reason, "reason");
  }

  /** @return an approval */
  public static ApprovalDecision approve() {
    return new ApprovalDecision(true, "approved");
  }

  /**
   * @param reason why not
   * @return a denial
   */
  public static ApprovalDecision deny(String reason) {
    return new ApprovalDecision(false, reason);
  }
}
