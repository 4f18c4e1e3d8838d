package dev.agentruntime.cost.store;

import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * A {@link CostStore} could not answer (its server is down, unreachable or too slow). Stores throw
 * it for every failure of the engine behind them, never for a refusal. The cost tracker applies
 * its {@link OutagePolicy}; when that policy fails closed, this is the error the run fails with,
 * naming the store.
 */
public class CostStoreUnavailableException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /** The store that failed, as it describes itself. */
  private final String store;

  /**
   * @param store the store, as {@link CostStore#describe()} names it
   * @param message what failed
   * @param cause the engine's error
   */
  public CostStoreUnavailableException(String store, String message, Throwable cause) {
    super(null, "cost store " + store + " is unavailable: " + message, cause);
    this.store = store;
  }

  /** @return the store, as {@link CostStore#describe()} names it */
  public String store() {
    return store;
  }
}
