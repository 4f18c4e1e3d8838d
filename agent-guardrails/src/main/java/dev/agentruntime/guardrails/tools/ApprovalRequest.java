package dev.agentruntime.guardrails.tools;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * A dangerous tool call waiting for a human.
 *
 * @param runId the run, or null outside a run
 * @param userId the end user the run works for, or null
 * @param toolName the tool
 * @param arguments the JSON arguments (tokenised personal data stays tokenised)
 */
public record ApprovalRequest(@Nullable String runId, @Nullable String userId, String toolName, String arguments) {
  /**
   * Validates.
   *
   * @param runId the run, or null outside a run
   * @param userId the end user the run works for, or null
   * @param toolName the tool
   * @param arguments the JSON arguments (tokenised personal data stays tokenised)
   */
  public ApprovalRequest {
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(arguments, "arguments");
  }
}
