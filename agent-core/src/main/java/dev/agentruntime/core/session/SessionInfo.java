package dev.agentruntime.core.session;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a store knows about a session besides its messages.
 *
 * @param sessionId the id
 * @param tenantId the tenant it belongs to, or null
 * @param userId the user it belongs to, or null
 * @param messageCount how many messages it holds (= its next sequence number)
 * @param createdAt when its first message was appended
 * @param updatedAt when its last message was appended
 * @param forkedFrom the session it was forked from, or null
 */
public record SessionInfo(
    String sessionId, @Nullable String tenantId, @Nullable String userId, long messageCount, Instant createdAt,
    Instant updatedAt, @Nullable String forkedFrom) {
  /**
   * Validates.
   *
   * @param sessionId the id
   * @param tenantId the tenant it belongs to, or null
   * @param userId the user it belongs to, or null
   * @param messageCount how many messages it holds (= its next sequence number)
   * @param createdAt when its first message was appended
   * @param updatedAt when its last message was appended
   * @param forkedFrom the session it was forked from, or null
   */
  public SessionInfo {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
