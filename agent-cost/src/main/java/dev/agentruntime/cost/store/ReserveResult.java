package dev.agentruntime.cost.store;

import org.jspecify.annotations.Nullable;
/**
 * The outcome of {@link CostStore#reserve}.
 *
 * @param granted whether the amount was reserved on every counter
 * @param refusedIndex when refused: the index of the first enforced counter it did not fit in,
 *     else -1
 * @param refusedState when refused: that counter's state, else null
 */
public record ReserveResult(boolean granted, int refusedIndex, @Nullable CounterState refusedState) {
  /** Reserved on every counter. */
  public static final ReserveResult GRANTED = new ReserveResult(true, -1, null);

  /**
   * @param index the counter that refused
   * @param state its state
   * @return a refusal
   */
  public static ReserveResult refused(int index, CounterState state) {
    return new ReserveResult(false, index, state);
  }
}
