package dev.agentruntime.cost.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where budgets, their windows and rate-limit state live. The default is
 * {@link InMemoryCostStore}; several runtime instances share limits through an implementation on
 * a shared engine.
 *
 * <p>Every method is one atomic step on a few keys, so the SPI maps directly onto Redis: a
 * counter is a hash ({@code used}, {@code reserved}, alert marks) with an expiry,
 * {@link #reserve} and {@link #settle} are each one Lua script over the counters' keys, a rate
 * limiter is a GCRA "theoretical arrival time" in one key (as in redis-cell), and
 * {@link #markAlert} is {@code HSETNX}. All amounts are integer nano-dollars (10<sup>-9</sup> USD),
 * exact in a 64-bit integer up to about 9.2 billion USD (and in a Lua double up to 9 million USD).
 * Implementations must be thread-safe.
 */
public interface CostStore {

  /**
   * Atomically reserves {@code amountNanos} on every counter, if it fits in every enforced one
   * ({@code used + reserved + amount <= limit}); otherwise changes nothing. Counters are created
   * on first use and may be forgotten after their {@link CounterSpec#expiresAt()}.
   *
   * @param counters the counters, with distinct keys
   * @param amountNanos the amount, not negative
   * @return whether it was reserved, and if not, which counter refused
   */
  ReserveResult reserve(List<CounterSpec> counters, long amountNanos);

  /**
   * Atomically turns a reservation into spending on every counter: {@code reserved -=
   * reservedNanos} (never below zero) and {@code used += actualNanos}. Settling with an actual
   * amount of zero releases the reservation.
   *
   * @param counters the counters the reservation was made on
   * @param reservedNanos the amount reserved
   * @param actualNanos the amount actually spent (may exceed the reservation)
   * @return each counter's {@code used} after settling, in the order given
   */
  long[] settle(List<CounterSpec> counters, long reservedNanos, long actualNanos);

  /**
   * @param key a counter's key
   * @return its state ({@link CounterState#EMPTY} when unknown or expired)
   */
  CounterState read(String key);

  /**
   * Records that an alert threshold of a counter fired, if it had not already.
   *
   * @param counter the counter
   * @param thresholdPercent the threshold
   * @return true the first time for this counter and threshold, false afterwards
   */
  boolean markAlert(CounterSpec counter, int thresholdPercent);

  /**
   * Takes permits from a rate limiter allowing {@code limit} permits per {@code period}, with a
   * burst of up to {@code limit} (the generic cell rate algorithm). All or nothing.
   *
   * @param key the limiter's key
   * @param permits permits to take (requests, or tokens)
   * @param limit permits per period, positive
   * @param period the period, positive
   * @param now the current time
   * @return whether they were taken, and if not, when to retry
   */
  RateResult acquirePermits(String key, long permits, long limit, Duration period, Instant now);

  /**
   * Gives back permits taken by {@link #acquirePermits} and not used (a refused call, or fewer
   * tokens than estimated).
   *
   * @param key the limiter's key
   * @param permits permits to give back
   * @param limit the limiter's permits per period
   * @param period the limiter's period
   * @param now the current time
   */
  void returnPermits(String key, long permits, long limit, Duration period, Instant now);

  /**
   * Says that counters are no longer needed, for example a run budget's counters once the run
   * has ended: the store may forget them now instead of at their {@link CounterSpec#expiresAt()}.
   * A later {@link #reserve} on the same key starts a fresh counter. The default does nothing, so
   * the counters simply expire.
   *
   * @param keys the counters' keys
   */
  default void release(List<String> keys) {
    // expire on their own
  }
}
