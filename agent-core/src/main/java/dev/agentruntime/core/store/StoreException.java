package dev.agentruntime.core.store;

import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * A store could not do what was asked: the database or server is unreachable, timed out, or
 * answered with an error. Nothing was lost: a write that failed with this exception may be retried
 * with the same arguments (every store write is idempotent on retry).
 */
public class StoreException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed (store, operation, key)
   * @param cause the driver's error
   */
  public StoreException(String message, Throwable cause) {
    super(null, message, cause);
  }
}
