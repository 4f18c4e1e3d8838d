package dev.agentruntime.core.store;

/** What a run does when its state cannot be persisted (the store is down). */
public enum StoreFailurePolicy {
  /** The run fails with the store's {@link StoreException} (the default). */
  FAIL,
  /** The run goes on without persistence; the failure is logged at WARN. */
  CONTINUE
}
