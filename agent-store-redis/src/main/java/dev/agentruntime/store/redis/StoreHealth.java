package dev.agentruntime.store.redis;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of a Redis connection, for a health check.
 *
 * @param up whether the server answered the last command (or the health check's PING)
 * @param store which server ({@code redis://host:port}, or the cluster's seeds)
 * @param lastError the last failure's message, or null
 * @param since when the state last changed
 */
public record StoreHealth(boolean up, String store, @Nullable String lastError, Instant since) {
  /**
   * Validates the record.
   *
   * @param up whether the server answered the last command (or the health check's PING)
   * @param store which server ({@code redis://host:port}, or the cluster's seeds)
   * @param lastError the last failure's message, or null
   * @param since when the state last changed
   */
  public StoreHealth {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(since, "since");
  }
}
