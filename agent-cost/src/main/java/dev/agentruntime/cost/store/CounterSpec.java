package dev.agentruntime.cost.store;

import dev.agentruntime.cost.budget.BudgetWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One spending counter a reservation touches: a budget for one subject. The store resolves the
 * current {@link #window() window} with <em>its own</em> clock (Redis: the server's
 * {@code TIME}), so replicas whose clocks disagree still share one day or month counter; a new
 * window is a new counter, never a reset of the old one.
 *
 * @param key the counter's base key (see {@link CostKeys#budget}); the store appends the window
 * @param limitNanos the limit in nano-dollars; checked only when {@code enforced}
 * @param enforced whether a reservation must fit under the limit (hard budget)
 * @param window the calendar window (day, month) or {@link BudgetWindow#TOTAL}
 * @param zone the zone calendar windows follow
 * @param retention how long a {@link BudgetWindow#TOTAL} counter lives after it is created
 *     (calendar counters live until their window ends plus one day)
 */
public record CounterSpec(
    String key, long limitNanos, boolean enforced, BudgetWindow window, ZoneId zone, Duration retention) {

  /** How long a calendar counter outlives its window. */
  public static final Duration GRACE = Duration.ofDays(1);

  /**
   * Validates the spec.
   *
   * @param key the counter's base key (see {@link CostKeys#budget}); the store appends the window
   * @param limitNanos the limit in nano-dollars; checked only when {@code enforced}
   * @param enforced whether a reservation must fit under the limit (hard budget)
   * @param window the calendar window (day, month) or {@link BudgetWindow#TOTAL}
   * @param zone the zone calendar windows follow
   * @param retention how long a {@link BudgetWindow#TOTAL} counter lives after it is created
   *     (calendar counters live until their window ends plus one day)
   */
  public CounterSpec {
    Objects.requireNonNull(key, "CounterSpec.key");
    Objects.requireNonNull(window, "CounterSpec.window (counter " + key + ")");
    Objects.requireNonNull(zone, "CounterSpec.zone (counter " + key + ")");
    Objects.requireNonNull(retention, "CounterSpec.retention (counter " + key + ")");
    if (limitNanos <= 0) {
      throw new IllegalArgumentException("counter " + key + ": limitNanos must be positive, was " + limitNanos);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("counter " + key + ": retention must be positive, was " + retention);
    }
  }

  /**
   * A counter without a calendar window.
   *
   * @param key the base key
   * @param limitNanos the limit
   * @param enforced whether it is enforced
   * @param retention its life after creation
   * @return the spec
   */
  public static CounterSpec total(String key, long limitNanos, boolean enforced, Duration retention) {
    return new CounterSpec(key, limitNanos, enforced, BudgetWindow.TOTAL, java.time.ZoneOffset.UTC, retention);
  }

  /**
   * @param now the store's time
   * @return the window label at that time: {@code 2026-03-10}, {@code 2026-03} or {@code total}
   */
  public String windowAt(Instant now) {
    switch (window) {
      case DAY:
        return LocalDate.ofInstant(now, zone).toString();
      case MONTH:
        return YearMonth.from(LocalDate.ofInstant(now, zone)).toString();
      default:
        return "total";
    }
  }

  /**
   * @param now the store's time when the counter is created
   * @return when the counter of the window at {@code now} may be forgotten
   */
  public Instant expiresAt(Instant now) {
    switch (window) {
      case DAY:
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant().plus(GRACE);
      case MONTH:
        return YearMonth.from(LocalDate.ofInstant(now, zone)).plusMonths(1).atDay(1)
            .atStartOfDay(zone).toInstant().plus(GRACE);
      default:
        return now.plus(retention);
    }
  }

  /**
   * @param windowLabel a window label
   * @return the key of this counter in that window
   */
  public String keyIn(String windowLabel) {
    return key + ":" + windowLabel;
  }
}
