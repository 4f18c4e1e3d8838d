package dev.agentruntime.cost.budget;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A spending limit in USD for one scope (run, session, user, tenant or everything) over a window.
 * Immutable; start from a factory ({@link #perRun(String)}, {@link #perTenant(BudgetWindow,
 * String)}, ...) and refine with the {@code with...}/{@link #soft()} methods.
 *
 * <p>A <em>hard</em> budget (the default) is enforced: a model call whose worst-case cost does not
 * fit in what is left is refused with {@link dev.agentruntime.core.error.BudgetExceededException}
 * before any request is sent. A <em>soft</em> budget only alerts. Either kind alerts once per
 * window when spending crosses each of its {@link #alertThresholds() thresholds}.
 *
 * @param name a unique name within one cost tracker (used in errors, alerts and store keys)
 * @param scope whose spending is limited
 * @param window the period
 * @param limitUsd the limit in USD (at most 9 decimals), positive, at most {@link #MAX_LIMIT_USD}
 * @param enforced whether the budget is enforced (hard, true) or alert-only (soft, false)
 * @param alertThresholds percentages of the limit at which to alert, ascending, each 1..1000
 * @param subjectId when set, the budget applies to this one session, user or tenant id only;
 *     null applies it to each one separately
 */
public record Budget(
    String name,
    BudgetScope scope,
    BudgetWindow window,
    BigDecimal limitUsd,
    boolean enforced,
    List<Integer> alertThresholds,
    @Nullable String subjectId) {

  /** The thresholds a budget alerts at unless told otherwise: 50%, 80% and 100%. */
  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);

  /** The largest limit a budget can count: {@code Long.MAX_VALUE} nano-dollars (about 9.2 billion USD). */
  public static final BigDecimal MAX_LIMIT_USD = BigDecimal.valueOf(Long.MAX_VALUE, 9);

  /**
   * Validates the budget.
   *
   * @param name a unique name within one cost tracker (used in errors, alerts and store keys)
   * @param scope whose spending is limited
   * @param window the period
   * @param limitUsd the limit in USD (at most 9 decimals), positive, at most {@link #MAX_LIMIT_USD}
   * @param enforced whether the budget is enforced (hard, true) or alert-only (soft, false)
   * @param alertThresholds percentages of the limit at which to alert, ascending, each 1..1000
   * @param subjectId when set, the budget applies to this one session, user or tenant id only;
   *     null applies it to each one separately
   */
  public Budget {
    Objects.requireNonNull(scope, "Budget.scope");
    Objects.requireNonNull(window, "Budget.window");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Budget.name must not be blank");
    }
    Objects.requireNonNull(limitUsd, "Budget.limitUsd (budget '" + name + "')");
    if (limitUsd.signum() <= 0) {
      throw new IllegalArgumentException(
          "budget '" + name + "': limitUsd must be positive, was " + limitUsd.toPlainString());
    }
    if (limitUsd.stripTrailingZeros().scale() > 9) {
      throw new IllegalArgumentException(
          "budget '" + name + "': limitUsd must have at most 9 decimals (nano-dollars), was "
              + limitUsd.toPlainString());
    }
    if (limitUsd.compareTo(MAX_LIMIT_USD) > 0) {
      // budgets count nano-dollars in a long: past it every call of every run failed with an
      // ArithmeticException
      throw new IllegalArgumentException(
          "budget '" + name + "': limitUsd must be at most " + MAX_LIMIT_USD.toPlainString()
              + " (nano-dollars counted in a long), was " + limitUsd.toPlainString());
    }
    if (scope == BudgetScope.RUN && window != BudgetWindow.TOTAL) {
      throw new IllegalArgumentException(
          "budget '" + name + "': a RUN budget covers the whole run; its window must be TOTAL, was "
              + window);
    }
    if (subjectId != null && (scope == BudgetScope.RUN || scope == BudgetScope.GLOBAL)) {
      throw new IllegalArgumentException(
          "budget '" + name + "': subjectId applies to SESSION, USER and TENANT budgets only");
    }
    if (subjectId != null && subjectId.isBlank()) {
      throw new IllegalArgumentException("budget '" + name + "': subjectId must not be blank");
    }
    alertThresholds =
        alertThresholds == null ? DEFAULT_THRESHOLDS : List.copyOf(alertThresholds);
    int prev = 0;
    for (int t : alertThresholds) {
      if (t < 1 || t > 1000 || t <= prev) {
        throw new IllegalArgumentException(
            "budget '" + name + "': alertThresholds must be ascending percentages in 1..1000, was "
                + alertThresholds);
      }
      prev = t;
    }
  }

  private static Budget of(BudgetScope scope, BudgetWindow window, BigDecimal usd) {
    String name = scope.name().toLowerCase(Locale.ROOT)
        + (window == BudgetWindow.TOTAL ? "" : "/" + window.name().toLowerCase(Locale.ROOT));
    return new Budget(name, scope, window, usd, true, DEFAULT_THRESHOLDS, null);
  }

  private static BigDecimal usd(String usd) {
    Objects.requireNonNull(usd, "limitUsd");
    try {
      return new BigDecimal(usd.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("budget limit is not a number: '" + usd + "'", e);
    }
  }

  /**
   * @param limitUsd USD per run, e.g. {@code "0.50"}
   * @return a hard budget for each run
   */
  public static Budget perRun(String limitUsd) {
    return of(BudgetScope.RUN, BudgetWindow.TOTAL, usd(limitUsd));
  }

  /**
   * @param limitUsd USD per session over its whole life
   * @return a hard budget for each session
   */
  public static Budget perSession(String limitUsd) {
    return of(BudgetScope.SESSION, BudgetWindow.TOTAL, usd(limitUsd));
  }

  /**
   * @param window day or month (or TOTAL)
   * @param limitUsd USD per user per window
   * @return a hard budget for each user
   */
  public static Budget perUser(BudgetWindow window, String limitUsd) {
    return of(BudgetScope.USER, window, usd(limitUsd));
  }

  /**
   * @param window day or month (or TOTAL)
   * @param limitUsd USD per tenant per window
   * @return a hard budget for each tenant
   */
  public static Budget perTenant(BudgetWindow window, String limitUsd) {
    return of(BudgetScope.TENANT, window, usd(limitUsd));
  }

  /**
   * @param window day or month (or TOTAL)
   * @param limitUsd USD for everything per window
   * @return a hard global budget
   */
  public static Budget global(BudgetWindow window, String limitUsd) {
    return of(BudgetScope.GLOBAL, window, usd(limitUsd));
  }

  /**
   * @param limitUsd USD for everything per day
   * @return a hard global daily budget
   */
  public static Budget globalDaily(String limitUsd) {
    return global(BudgetWindow.DAY, limitUsd);
  }

  /** @return an alert-only copy */
  public Budget soft() {
    return new Budget(name, scope, window, limitUsd, false, alertThresholds, subjectId);
  }

  /**
   * @param newName a unique name
   * @return a renamed copy
   */
  public Budget named(String newName) {
    return new Budget(newName, scope, window, limitUsd, enforced, alertThresholds, subjectId);
  }

  /**
   * @param percents thresholds in percent of the limit, ascending (none: no alerts)
   * @return a copy alerting at these thresholds
   */
  public Budget alertAt(int... percents) {
    List<Integer> l = new ArrayList<>();
    for (int p : percents) {
      l.add(p);
    }
    return new Budget(name, scope, window, limitUsd, enforced, l, subjectId);
  }

  /**
   * @param id the one session, user or tenant id the budget is for
   * @return a copy for that subject only (named {@code <name>/<id>} unless renamed afterwards)
   */
  public Budget forSubject(String id) {
    return new Budget(name + "/" + id, scope, window, limitUsd, enforced, alertThresholds, id);
  }

  /** @return the limit in nano-dollars (10<sup>-9</sup> USD) */
  public long limitNanos() {
    return limitUsd.movePointRight(9).longValueExact();
  }
}
