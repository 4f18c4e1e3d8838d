package dev.agentruntime.store.redis;

import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * Redis did not answer a store that fails closed (idempotency, kill switches' stored state): the
 * call is refused, naming the store, rather than run without the guarantee.
 */
public class RedisStoreUnavailableException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the store
   * @param cause Lettuce's error
   */
  public RedisStoreUnavailableException(String message, Throwable cause) {
    super(null, message, cause);
  }
}
