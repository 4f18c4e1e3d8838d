package dev.agentruntime.store.redis;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.store.StoreException;

/**
 * Redis did not answer a store that fails closed (idempotency, sessions, checkpoints, kill
 * switches' stored state): the call is refused, naming the store, rather than run without the
 * guarantee. A {@link StoreException}, so the runtime's store failure policy applies.
 */
public class RedisStoreUnavailableException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the store
   * @param cause Lettuce's error, or null
   */
  public RedisStoreUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
