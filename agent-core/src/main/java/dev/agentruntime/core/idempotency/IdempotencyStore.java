package dev.agentruntime.core.idempotency;

import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;

/**
 * Remembers side-effecting tool executions by idempotency key, so a retried call returns the
 * stored result instead of running again. Every method must be atomic per key; the SPI maps
 * directly onto Redis ({@code SET key NX PX}, {@code SET key value PX}, {@code DEL key}).
 * Implementations: {@link InMemoryIdempotencyStore}, JDBC ({@code JdbcIdempotencyStore}) in
 * {@code agent-store-jdbc}, and Redis ({@code RedisIdempotencyStore}, from
 * {@code RedisStores.idempotencyStore(namespace)}) in {@code agent-store-redis}.
 */
public interface IdempotencyStore {

  /**
   * Tries to claim a key for execution.
   *
   * @param key the idempotency key
   * @param ttl how long the claim and the stored result are kept
   * @return {@link Claim#acquired()} when the caller must execute now; otherwise the state held
   */
  Claim begin(String key, Duration ttl);

  /**
   * Stores the result of the execution the caller claimed.
   *
   * @param key the key
   * @param result the result
   * @param ttl how long to keep it
   */
  void complete(String key, ToolResult result, Duration ttl);

  /**
   * Releases a claim after a failed execution, so a retry may execute again.
   *
   * @param key the key
   */
  void abandon(String key);

  /**
   * The state of a key.
   *
   * @param state the state
   * @param result the stored result when {@link State#COMPLETED}
   */
  record Claim(State state, ToolResult result) {
    private static final Claim ACQUIRED = new Claim(State.ACQUIRED, null);
    private static final Claim IN_PROGRESS = new Claim(State.IN_PROGRESS, null);

    /** @return the claim meaning "you own the key: execute" */
    public static Claim acquired() {
      return ACQUIRED;
    }

    /** @return the claim meaning "someone else is executing" */
    public static Claim inProgress() {
      return IN_PROGRESS;
    }

    /**
     * @param result the stored result
     * @return the claim meaning "already executed"
     */
    public static Claim completed(ToolResult result) {
      return new Claim(State.COMPLETED, result);
    }
  }

  /** States of a key. */
  enum State {
    /** The caller owns the key and must execute. */
    ACQUIRED,
    /** Another execution holds the key. */
    IN_PROGRESS,
    /** The key's execution finished; its result is stored. */
    COMPLETED
  }
}
