package dev.agentruntime.spring.approval;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.guardrails.tools.ApprovalDecision;
import dev.agentruntime.guardrails.tools.ApprovalHandler;
import dev.agentruntime.guardrails.tools.ApprovalRequest;
import dev.agentruntime.spring.api.RunRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Human-in-the-loop approvals answered over the agent API. Give it to the tool policy
 * ({@code ToolPolicyGuardrail.builder().requireApproval(apiApprovals, timeout, "refund")}): when a
 * run started through the API calls an approval-gated tool, an {@code approval_requested} entry
 * (approval id, tool, arguments) appears in the run's event stream (SSE and WebSocket), and the
 * run waits until the run's owner answers — {@code POST /runs/{id}/approvals/{approvalId}} or an
 * {@code approval} message on the WebSocket — or the policy's timeout denies it. A run not
 * started through the API has nobody to ask and is denied at once. Thread-safe.
 */
public final class ApiApprovals implements ApprovalHandler, dev.agentruntime.spring.api.ApprovalDecider {

  private record Pending(String runId, CompletableFuture<ApprovalDecision> future) {}

  private final RunRegistry registry;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  /** @param registry the registry of the API's runs */
  public ApiApprovals(RunRegistry registry) {
    this.registry = java.util.Objects.requireNonNull(registry, "registry");
  }

  @Override
  public CompletionStage<ApprovalDecision> requestApproval(ApprovalRequest request) {
    String approvalId = "approval-" + UUID.randomUUID();
    CompletableFuture<ApprovalDecision> future = new CompletableFuture<>();
    if (request.runId() == null) {
      return CompletableFuture.completedFuture(
          ApprovalDecision.deny("the run was not started through the agent API: nobody can approve it"));
    }
    pending.put(approvalId, new Pending(request.runId(), future));
    future.whenComplete((d, e) -> pending.remove(approvalId)); // answered, timed out or cancelled
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("approvalId", approvalId);
    entry.put("runId", request.runId());
    entry.put("tool", request.toolName());
    entry.put("arguments", request.arguments());
    if (!registry.notice(request.runId(), "approval_requested", write(entry))) {
      pending.remove(approvalId);
      return CompletableFuture.completedFuture(
          ApprovalDecision.deny("the run was not started through the agent API: nobody can approve it"));
    }
    return future;
  }

  /**
   * Answers a pending approval of a run. The caller has checked that the run is the asker's.
   *
   * @param runId the run
   * @param approvalId the approval's id from the {@code approval_requested} entry
   * @param approved the answer
   * @param reason why (recorded; required when denying)
   * @return false when there is no such pending approval for that run (answered, timed out, or
   *     never asked)
   */
  @Override
  public boolean decide(String runId, String approvalId, boolean approved, @Nullable String reason) {
    Pending p = pending.get(approvalId);
    if (p == null || !p.runId().equals(runId) || !pending.remove(approvalId, p)) {
      return false; // none, another run's, or answered (timed out, cancelled) meanwhile
    }
    String why = reason == null || reason.isBlank() ? (approved ? "approved" : "denied") : reason;
    // the entry goes out before the run is let go: once the decision completes the future, the run
    // may finish (and its event stream end) before a notice written after it
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("approvalId", approvalId);
    entry.put("runId", runId);
    entry.put("approved", approved);
    entry.put("reason", why);
    registry.notice(runId, "approval_decided", write(entry));
    return p.future().complete(approved ? new ApprovalDecision(true, why) : ApprovalDecision.deny(why));
  }

  /** @return the number of approvals waiting for an answer */
  public int pendingCount() {
    return pending.size();
  }

  private String write(Map<String, Object> entry) {
    try {
      return json.writeValueAsString(entry);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
