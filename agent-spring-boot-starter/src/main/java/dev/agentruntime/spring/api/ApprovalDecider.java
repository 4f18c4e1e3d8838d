package dev.agentruntime.spring.api;

import org.jspecify.annotations.Nullable;
/**
 * Answers a pending tool approval of a run (implemented by
 * {@link dev.agentruntime.spring.approval.ApiApprovals} when agent-guardrails is present).
 */
@FunctionalInterface
public interface ApprovalDecider {
  /**
   * @param runId the run
   * @param approvalId the approval's id
   * @param approved the answer
   * @param reason why, or null
   * @return false when no such approval is pending for that run
   */
  boolean decide(String runId, String approvalId, boolean approved, @Nullable String reason);
}
