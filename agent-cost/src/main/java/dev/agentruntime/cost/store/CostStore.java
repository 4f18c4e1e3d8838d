package dev.agentruntime.cost.store;

import java.time.Duration;
import java.util.List;

/**
 * Where budgets (by reservation) and rate-limit windows live. The default is
 * {@link InMemoryCostStore} (this process only); replicas share budgets and limits through an
 * implementation on a shared engine (e.g. {@code RedisCostStore} in {@code agent-store-redis}).
 * Every implementation passes the contract suite {@code CostStoreContract} of
 * {@code agent-testing}.
 *
 * <p><b>Budgets.</b> A model call {@link #reserve reserves} its worst-case cost on every
 * applicable counter at once (all or nothing) under a reservation id, then {@link #settle settles}
 * it with the real cost (zero releases it). A reservation not settled within its TTL expires (a
 * crashed replica's reservations do not block the budget for ever); reserving again under its id
 * renews it (a call in flight longer than the TTL keeps its reservation). Settling is idempotent by
 * reservation id: a retried settle never counts twice; a settle after the reservation expired
 * still records the spend. Windows are resolved with the store's own clock.
 *
 * <p><b>Rate limits</b> are sliding logs: a limiter of {@code limit} permits per {@code period}
 * never admits more than {@code limit} in any interval of that length (no 2x burst at a window
 * edge). Each taken permit has an id so it can be given back or corrected (tokens estimated
 * before a call, counted after).
 *
 * <p>All amounts are integer nano-dollars (10<sup>-9</sup> USD). Keys follow {@link CostKeys}.
 * Every failure of the engine behind a store is a {@link CostStoreUnavailableException}; the
 * tracker's {@link OutagePolicy} decides what then happens. Implementations are thread-safe.
 */
public interface CostStore {

  /**
   * Atomically reserves {@code amountNanos} on every counter (in its current window), if it fits
   * in every enforced one ({@code used + reserved + amount <= limit}); otherwise changes nothing.
   * Reserving again under an id already reserved books nothing more, is granted, and renews the
   * reservation's expiry to now + {@code ttl} (never shortening it; the counters and amount given
   * are not compared with the reservation's): a caller whose call outlives the TTL renews its
   * reservation this way while the call is in flight, so it never expires under a live call and
   * still expires a TTL after its process died; and a run resumed after a crash reserves its calls
   * under the ids the crashed process used, and so takes over a reservation it left open (see
   * {@code CostTracker}). A reservation that has already expired is gone: reserving under its id
   * again is a new reservation, granted only if it fits. Reserving under an id already settled
   * changes nothing either and answers {@link ReserveResult#ALREADY_SETTLED}: the caller decides
   * whether what it is about to spend was counted by that settle (a call replayed from a
   * checkpoint) or is new spending to reserve under another id (a call sent again after it
   * failed).
   *
   * @param reservationId a unique id for this reservation
   * @param counters the counters, with distinct keys
   * @param amountNanos the amount, not negative
   * @param ttl how long the reservation holds if never settled (from now; renewed when reserved
   *     again under the same id)
   * @return whether it was reserved, and if not, which counter refused
   */
  ReserveResult reserve(String reservationId, List<CounterSpec> counters, long amountNanos, Duration ttl);

  /**
   * Settles a reservation: its amount leaves {@code reserved} and {@code actualNanos} is added to
   * {@code used} of the counters (in the windows it was reserved in; in the current ones when it
   * has expired). Idempotent by id: settling an id again changes nothing.
   *
   * @param reservationId the reservation's id
   * @param counters the counters it was made on
   * @param actualNanos the amount actually spent (zero releases; may exceed the reservation)
   * @return each counter's state after settling, in the order given
   */
  List<CounterState> settle(String reservationId, List<CounterSpec> counters, long actualNanos);

  /**
   * @param counter a counter
   * @return its state in the current window (zero when unknown or expired)
   */
  CounterState read(CounterSpec counter);

  /**
   * Records that an alert threshold of a counter's window fired, if it had not already.
   *
   * @param counter the counter
   * @param window the window label the spending was seen in
   * @param thresholdPercent the threshold
   * @return true the first time for this counter, window and threshold; false afterwards
   */
  boolean markAlert(CounterSpec counter, String window, int thresholdPercent);

  /**
   * Records that an alert threshold fired, as {@link #markAlert(CounterSpec, String, int)}, under a
   * token of the caller's: marking again under the token it was first marked with is still the
   * first time. A caller whose mark failed (its reply lost: the mark may have been made) marks again
   * with the same token and learns whether it was first. The default ignores the token (a mark made
   * with its reply lost then answers false to every later call, and its alert is never delivered);
   * the stores of this project keep it.
   *
   * @param counter the counter
   * @param window the window label the spending was seen in
   * @param thresholdPercent the threshold
   * @param token the caller's token for this mark, unique to it (the same when it marks again)
   * @return true when this is the first mark of this counter, window and threshold, or when it
   *     was first marked with this token; false otherwise
   */
  default boolean markAlert(CounterSpec counter, String window, int thresholdPercent, String token) {
    return markAlert(counter, window, thresholdPercent);
  }

  /**
   * Takes permits from a sliding-log limiter: granted when the permits taken in the last
   * {@code period} plus these are at most {@code limit}. All or nothing. Idempotent by
   * {@code permitId}: taking again under an id still in the window (a command sent again after a
   * lost reply) takes nothing more and is granted.
   *
   * @param key the limiter's key
   * @param permitId a unique id for what is taken (to give back or correct it)
   * @param permits permits to take (1 for a request, the tokens for a token limit)
   * @param limit permits per period, positive
   * @param period the period, positive
   * @return whether they were taken, and if not, when enough will have left the window
   */
  RateResult acquirePermits(String key, String permitId, long permits, long limit, Duration period);

  /**
   * Corrects what a permit taken by {@link #acquirePermits} counts: fewer tokens than estimated,
   * or zero to give it back (a call that never went out). Unknown or expired ids are ignored. A
   * permit given back keeps its id, counting nothing, until it leaves the window: taken again under
   * that id (the same command sent again) it is not counted again.
   *
   * @param key the limiter's key
   * @param permitId the id it was taken under
   * @param permits what it counts from now on, not negative
   * @param period the limiter's period
   */
  void adjustPermits(String key, String permitId, long permits, Duration period);

  /**
   * Says that counters are no longer needed, for example a run budget's counters once the run
   * has ended: the store may forget them now. The default does nothing, so they expire.
   *
   * @param counters the counters
   */
  default void release(List<CounterSpec> counters) {
    // expire on their own
  }

  /** @return what to call this store in errors and health checks (e.g. its server address) */
  default String describe() {
    return getClass().getSimpleName();
  }
}
