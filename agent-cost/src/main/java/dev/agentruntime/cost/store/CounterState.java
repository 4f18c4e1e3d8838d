package dev.agentruntime.cost.store;

/**
 * What a spending counter holds.
 *
 * @param usedNanos settled spending in nano-dollars
 * @param reservedNanos reservations not yet settled, in nano-dollars
 */
public record CounterState(long usedNanos, long reservedNanos) {
  /** An untouched counter. */
  public static final CounterState EMPTY = new CounterState(0, 0);
}
