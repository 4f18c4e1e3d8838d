package dev.agentruntime.cost.budget;

/** Whose spending a {@link Budget} limits. */
public enum BudgetScope {
  /** One run (always over the whole run). */
  RUN,
  /** One session (conversation), from {@code RunOptions.sessionId}; runs without one are not limited. */
  SESSION,
  /** One end user within a tenant, from {@code RunOptions.userId}; runs without one are not limited. */
  USER,
  /** One tenant, from {@code RunOptions.tenantId}; runs without one are not limited. */
  TENANT,
  /** Everything the runtime spends. */
  GLOBAL
}
