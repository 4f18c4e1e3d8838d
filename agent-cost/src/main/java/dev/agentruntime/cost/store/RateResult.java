package dev.agentruntime.cost.store;

import org.jspecify.annotations.Nullable;
import java.time.Duration;

/**
 * The outcome of {@link CostStore#acquirePermits}.
 *
 * @param granted whether the permits were taken
 * @param retryAfter when refused: how long until enough permits leave the window; null when
 *     they never can (more permits than the limit)
 */
public record RateResult(boolean granted, @Nullable Duration retryAfter) {
  /** Taken. */
  public static final RateResult GRANTED = new RateResult(true, Duration.ZERO);
}
