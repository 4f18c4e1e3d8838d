package dev.agentruntime.core.session;

import dev.agentruntime.core.model.ChatMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a session's log.
 *
 * @param seq the sequence number, from 0, gap-free: the order of the conversation
 * @param message the message as the guardrails left it (redacted, never raw)
 * @param runId the run that appended it
 * @param appendedAt when it was appended
 */
public record SessionEntry(long seq, ChatMessage message, String runId, Instant appendedAt) {
  /**
   * Validates.
   *
   * @param seq the sequence number, from 0, gap-free: the order of the conversation
   * @param message the message as the guardrails left it (redacted, never raw)
   * @param runId the run that appended it
   * @param appendedAt when it was appended
   */
  public SessionEntry {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0, was " + seq);
    }
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(appendedAt, "appendedAt");
  }
}
