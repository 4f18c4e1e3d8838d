package dev.agentruntime.cost.store;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link CostStore#reserve}.
 *
 * @param granted whether the amount is reserved on every counter (or was, under this id, before)
 * @param refusedIndex when refused: the index of the first enforced counter it did not fit in,
 *     else -1
 * @param refusedState when refused: that counter's state, else null
 * @param alreadySettled whether the id had been settled already: nothing was reserved now, and
 *     settling it again counts nothing (see {@link CostStore#reserve})
 */
public record ReserveResult(
    boolean granted, int refusedIndex, @Nullable CounterState refusedState, boolean alreadySettled) {

  /** Reserved on every counter. */
  public static final ReserveResult GRANTED = new ReserveResult(true, -1, null, false);

  /** The id was settled already: nothing reserved now, nothing to settle. */
  public static final ReserveResult ALREADY_SETTLED = new ReserveResult(true, -1, null, true);

  /**
   * Checks that the components agree.
   *
   * @param granted whether the amount is reserved on every counter
   * @param refusedIndex when refused: the index of the counter that refused, else -1
   * @param refusedState when refused: that counter's state, else null
   * @param alreadySettled whether the id had been settled already (granted, nothing reserved)
   * @throws IllegalArgumentException when they contradict each other
   */
  public ReserveResult {
    if (granted != (refusedIndex == -1) || granted != (refusedState == null)) {
      throw new IllegalArgumentException("a granted result has refusedIndex -1 and no refusedState; a refused one "
          + "has both, was granted=" + granted + ", refusedIndex=" + refusedIndex + ", refusedState=" + refusedState);
    }
    if (alreadySettled && !granted) {
      throw new IllegalArgumentException("an already settled id is granted, not refused");
    }
  }

  /**
   * A result of an id not settled before (the form before {@code alreadySettled} existed).
   *
   * @param granted whether the amount was reserved on every counter
   * @param refusedIndex when refused: the index of the counter that refused, else -1
   * @param refusedState when refused: that counter's state, else null
   */
  public ReserveResult(boolean granted, int refusedIndex, @Nullable CounterState refusedState) {
    this(granted, refusedIndex, refusedState, false);
  }

  /**
   * @param index the counter that refused
   * @param state its state
   * @return a refusal
   */
  public static ReserveResult refused(int index, CounterState state) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    return new ReserveResult(false, index, java.util.Objects.requireNonNull(state, "state"), false);
  }
}
