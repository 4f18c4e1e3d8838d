package dev.agentruntime.guardrails.tools;

import java.util.concurrent.CompletionStage;

/**
 * Asks a human whether a dangerous tool call may run (a chat button, a ticket, a CLI prompt). The
 * answer may come later: the {@link ToolPolicyGuardrail} waits at most its approval timeout.
 */
@FunctionalInterface
public interface ApprovalHandler {
  /**
   * @param request the call to approve
   * @return the decision, when it is known
   */
  CompletionStage<ApprovalDecision> requestApproval(ApprovalRequest request);
}
