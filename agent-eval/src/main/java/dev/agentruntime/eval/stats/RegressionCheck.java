package dev.agentruntime.eval.stats;

import dev.agentruntime.eval.EvalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares an eval's result with a {@link Baseline}, flagging a change only when it is outside the
 * noise: the two confidence intervals must not overlap (the current one entirely on the worse
 * side), and for latency, cost and tokens the mean must also have moved by more than a relative
 * tolerance (so that a tiny but steady change with zero-width intervals is not a regression).
 * Pass rates use Wilson intervals, so with few repeats only large drops count.
 */
public final class RegressionCheck {
  private final double relativeTolerance;
  private final boolean checkLatency;
  private final boolean checkCost;
  private final boolean checkTokens;

  private RegressionCheck(double relativeTolerance, boolean latency, boolean cost, boolean tokens) {
    this.relativeTolerance = relativeTolerance;
    this.checkLatency = latency;
    this.checkCost = cost;
    this.checkTokens = tokens;
  }

  /** @return pass rate, latency, cost and tokens checked; 10% relative tolerance */
  public static RegressionCheck defaults() {
    return new RegressionCheck(0.10, true, true, true);
  }

  /**
   * @param value relative change of a mean (latency, cost, tokens) below which nothing is flagged, >= 0
   * @return a copy with that tolerance
   */
  public RegressionCheck relativeTolerance(double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("relativeTolerance must be >= 0, was " + value);
    }
    return new RegressionCheck(value, checkLatency, checkCost, checkTokens);
  }

  /** @return a copy that ignores latency (for machines with noisy timing, such as shared CI runners) */
  public RegressionCheck ignoringLatency() {
    return new RegressionCheck(relativeTolerance, false, checkCost, checkTokens);
  }

  /**
   * @param baseline the stored baseline
   * @param current the new result
   * @return regressions, improvements and case changes
   */
  public Comparison compare(Baseline baseline, EvalResult current) {
    List<Regression> worse = new ArrayList<>();
    List<Regression> better = new ArrayList<>();
    compare("*", baseline.overall(), current.overall(), worse, better);
    Map<String, MetricSet> now = Baseline.of(current).cases();
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, MetricSet> e : now.entrySet()) {
      MetricSet before = baseline.cases().get(e.getKey());
      if (before == null) {
        added.add(e.getKey());
      } else {
        compare(e.getKey(), before, e.getValue(), worse, better);
      }
    }
    List<String> removed = baseline.cases().keySet().stream().filter(k -> !now.containsKey(k)).sorted().toList();
    return new Comparison(worse, better, added.stream().sorted().toList(), removed);
  }

  private void compare(String id, MetricSet before, MetricSet now, List<Regression> worse, List<Regression> better) {
    higherIsBetter(id, "passRate", before.passRate(), now.passRate(), worse, better);
    if (checkLatency) {
      lowerIsBetter(id, "latencyMs", before.latencyMs(), now.latencyMs(), worse, better);
    }
    if (checkCost) {
      lowerIsBetter(id, "costUsd", before.costUsd(), now.costUsd(), worse, better);
    }
    if (checkTokens) {
      lowerIsBetter(id, "tokens", before.tokens(), now.tokens(), worse, better);
    }
  }

  private static void higherIsBetter(String id, String metric, Interval before, Interval now,
      List<Regression> worse, List<Regression> better) {
    if (before.isEmpty() || now.isEmpty()) {
      return;
    }
    if (now.high() < before.low()) {
      worse.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.2f [%.2f, %.2f] is below the baseline's %.2f [%.2f, %.2f]", now.mean(), now.low(), now.high(),
          before.mean(), before.low(), before.high())));
    } else if (now.low() > before.high()) {
      better.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.2f up from %.2f", now.mean(), before.mean())));
    }
  }

  private void lowerIsBetter(String id, String metric, Interval before, Interval now,
      List<Regression> worse, List<Regression> better) {
    if (before.isEmpty() || now.isEmpty()) {
      return;
    }
    double scale = Math.max(Math.abs(before.mean()), 1e-12);
    double change = (now.mean() - before.mean()) / scale;
    if (now.low() > before.high() && change > relativeTolerance) {
      worse.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.4g [%.4g, %.4g] is %.0f%% above the baseline's %.4g [%.4g, %.4g]", now.mean(), now.low(), now.high(),
          change * 100, before.mean(), before.low(), before.high())));
    } else if (now.high() < before.low() && -change > relativeTolerance) {
      better.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.4g down from %.4g", now.mean(), before.mean())));
    }
  }
}
