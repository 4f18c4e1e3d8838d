package dev.agentruntime.cost.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One spending counter a reservation touches: a budget's window for one subject.
 *
 * @param key the counter's key, unique per budget, subject and window
 * @param limitNanos the limit in nano-dollars; checked only when {@code enforced}
 * @param enforced whether a reservation must fit under the limit (hard budget)
 * @param expiresAt when the counter may be forgotten (end of its window plus a grace period)
 */
public record CounterSpec(String key, long limitNanos, boolean enforced, Instant expiresAt) {
  /** Validates the spec. */
  public CounterSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (limitNanos <= 0) {
      throw new IllegalArgumentException("counter " + key + ": limitNanos must be positive");
    }
  }
}
