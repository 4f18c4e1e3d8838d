package dev.agentruntime.cost.internal;

import dev.agentruntime.cost.store.CounterState;
import java.util.List;

/**
 * The budget reservation of one model call: settled with the real cost once, or released when
 * the call fails. Use it in one try-with-resources block:
 *
 * <pre>{@code
 * try (Reservation r = budgets.reserve(ctx, amount)) {
 *   ModelResponse response = chain.proceed(request);
 *   r.settle(actualNanos);
 * }   // not settled (the call failed): released here
 * }</pre>
 *
 * Closing never throws: a store failure while releasing is logged and the release is retried
 * later, so it can never hide the call's own error.
 */
public interface Reservation extends AutoCloseable {

  /** A reservation on no counter. */
  Reservation NONE = new Reservation() {
    @Override
    public List<CounterState> settle(long actualNanos) {
      return List.of();
    }

    @Override
    public void close() {}
  };

  /**
   * Records the call's real cost (at most once; later calls do nothing).
   *
   * @param actualNanos the cost in nano-dollars
   * @return the counters' states after settling (empty when the store could not be reached: the
   *     settle is then retried later)
   */
  List<CounterState> settle(long actualNanos);

  /**
   * @return true when nothing was reserved because the call's id had been settled already (by a
   *     failed attempt of a run now resumed, or by the process that paid for a call now replayed
   *     from a checkpoint): settling counts nothing, so a call that is sent again must reserve its
   *     spending anew
   */
  default boolean settledBefore() {
    return false;
  }

  /** Releases the reservation unless it was settled. Never throws. */
  @Override
  void close();
}
