package dev.agentruntime.guardrails.tools;

import java.util.concurrent.CompletionStage;

/**
 * Asks a human whether a dangerous tool call may run (a chat button, a ticket, a CLI prompt). The
 * answer may come later: the {@link ToolPolicyGuardrail} waits at most its approval timeout. When
 * the wait ends without an answer (the timeout, or the run was cancelled or ran out of time) the
 * guardrail cancels the returned stage's {@code CompletableFuture}: a handler that watches it
 * ({@code whenComplete}) can withdraw the request.
 */
@FunctionalInterface
public interface ApprovalHandler {
  /**
   * @param request the call to approve
   * @return the decision, when it is known
   */
  CompletionStage<ApprovalDecision> requestApproval(ApprovalRequest request);
}
