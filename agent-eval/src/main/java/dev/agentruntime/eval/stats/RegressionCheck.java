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
 *
 * <h2>Too few samples: noise unknown</h2>
 *
 * <p>Latency, cost and tokens get a Student-t interval from their samples ({@link Interval#n()},
 * stored in the baseline file). With fewer than {@value #MIN_SAMPLES} samples on either side — one
 * case run with the default {@code repeats(1)}, or a baseline taken that way — the interval has
 * zero width whatever the noise, so comparing intervals would call any wobble a regression. Such a
 * metric is not gated: when its mean moved the wrong way by more than {@link
 * #relativeTolerance(double)} it is listed in {@link Comparison#inconclusive()} ("noise unknown"),
 * which does not fail {@link Comparison#exitCode()}. To gate it anyway, set {@link
 * #unknownNoiseTolerance(double)}: a change beyond that (much larger) relative tolerance is then a
 * regression. To gate per-case latency, cost and tokens on their noise, run with {@code
 * repeats(2)} or more and save the baseline from such a run.
 *
 * <p>The whole eval's metrics ({@code *}) pool every run, so with two or more cases they have an
 * interval even with {@code repeats(1)}; with one run per case it spans the spread between cases,
 * which is wider than the run-to-run noise (a conservative gate: it misses small changes but does
 * not fail on noise). Pass rates are always compared: a Wilson interval is honest at any sample
 * count (with one run per case only the whole eval's pass rate can move beyond it).
 */
public final class RegressionCheck {
  /** The fewest samples on each side for which latency, cost and tokens are compared on their noise. */
  public static final int MIN_SAMPLES = 2;

  private final double relativeTolerance;
  private final double unknownNoiseTolerance;
  private final boolean checkLatency;
  private final boolean checkCost;
  private final boolean checkTokens;

  private RegressionCheck(double relativeTolerance, double unknownNoiseTolerance, boolean latency, boolean cost,
      boolean tokens) {
    this.relativeTolerance = relativeTolerance;
    this.unknownNoiseTolerance = unknownNoiseTolerance;
    this.checkLatency = latency;
    this.checkCost = cost;
    this.checkTokens = tokens;
  }

  /**
   * @return pass rate, latency, cost and tokens checked; 10% relative tolerance; metrics with
   *     unknown noise (fewer than {@value #MIN_SAMPLES} samples) reported as inconclusive, not gated
   */
  public static RegressionCheck defaults() {
    return new RegressionCheck(0.10, Double.POSITIVE_INFINITY, true, true, true);
  }

  /**
   * @param value relative change of a mean (latency, cost, tokens) below which nothing is flagged, >= 0
   * @return a copy with that tolerance
   */
  public RegressionCheck relativeTolerance(double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("relativeTolerance must be >= 0, was " + value);
    }
    return new RegressionCheck(value, unknownNoiseTolerance, checkLatency, checkCost, checkTokens);
  }

  /**
   * Gates latency, cost and tokens whose noise is unknown (fewer than {@value #MIN_SAMPLES} samples
   * on a side) on their relative change alone: a mean worse by more than {@code value} (e.g. 1.0:
   * more than doubled) is a regression. Default: infinity — such metrics are never regressions,
   * only {@link Comparison#inconclusive()}. Pick a value larger than one run's noise can reach.
   *
   * @param value relative change beyond which an unknown-noise metric regresses, >= 0 (infinity: never)
   * @return a copy with that tolerance
   */
  public RegressionCheck unknownNoiseTolerance(double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("unknownNoiseTolerance must be >= 0, was " + value);
    }
    return new RegressionCheck(relativeTolerance, value, checkLatency, checkCost, checkTokens);
  }

  /** @return a copy that ignores latency (for machines with noisy timing, such as shared CI runners) */
  public RegressionCheck ignoringLatency() {
    return new RegressionCheck(relativeTolerance, unknownNoiseTolerance, false, checkCost, checkTokens);
  }

  /**
   * @param baseline the stored baseline
   * @param current the new result
   * @return regressions, improvements and case changes
   */
  public Comparison compare(Baseline baseline, EvalResult current) {
    List<Regression> worse = new ArrayList<>();
    List<Regression> better = new ArrayList<>();
    List<Regression> unknown = new ArrayList<>();
    compare("*", baseline.overall(), current.overall(), worse, better, unknown);
    Map<String, MetricSet> now = Baseline.of(current).cases();
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, MetricSet> e : now.entrySet()) {
      MetricSet before = baseline.cases().get(e.getKey());
      if (before == null) {
        added.add(e.getKey());
      } else {
        compare(e.getKey(), before, e.getValue(), worse, better, unknown);
      }
    }
    List<String> removed = baseline.cases().keySet().stream().filter(k -> !now.containsKey(k)).sorted().toList();
    return new Comparison(worse, better, added.stream().sorted().toList(), removed, unknown);
  }

  private void compare(String id, MetricSet before, MetricSet now, List<Regression> worse, List<Regression> better,
      List<Regression> unknown) {
    higherIsBetter(id, "passRate", before.passRate(), now.passRate(), worse, better);
    if (checkLatency) {
      lowerIsBetter(id, "latencyMs", before.latencyMs(), now.latencyMs(), worse, better, unknown);
    }
    if (checkCost) {
      lowerIsBetter(id, "costUsd", before.costUsd(), now.costUsd(), worse, better, unknown);
    }
    if (checkTokens) {
      lowerIsBetter(id, "tokens", before.tokens(), now.tokens(), worse, better, unknown);
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
      List<Regression> worse, List<Regression> better, List<Regression> unknown) {
    if (before.isEmpty() || now.isEmpty()) {
      return;
    }
    double scale = Math.max(Math.abs(before.mean()), 1e-12);
    double change = (now.mean() - before.mean()) / scale;
    if (before.n() < MIN_SAMPLES || now.n() < MIN_SAMPLES) {
      String noise = String.format(Locale.ROOT, "noise unknown (baseline %s, now %s; need %d each)",
          samples(before.n()), samples(now.n()), MIN_SAMPLES);
      if (change > relativeTolerance && change > unknownNoiseTolerance) {
        worse.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
            "%.4g is %.0f%% above the baseline's %.4g, beyond the %.0f%% tolerance for unknown noise; %s",
            now.mean(), change * 100, before.mean(), unknownNoiseTolerance * 100, noise)));
      } else if (-change > relativeTolerance && -change > unknownNoiseTolerance) {
        better.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
            "%.4g down from %.4g; %s", now.mean(), before.mean(), noise)));
      } else if (change > relativeTolerance) {
        unknown.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
            "%.4g is %.0f%% above the baseline's %.4g, but %s: not gated (run with repeats >= %d and re-save the "
                + "baseline to gate it)", now.mean(), change * 100, before.mean(), noise, MIN_SAMPLES)));
      }
      return;
    }
    if (now.low() > before.high() && change > relativeTolerance) {
      worse.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.4g [%.4g, %.4g] is %.0f%% above the baseline's %.4g [%.4g, %.4g]", now.mean(), now.low(), now.high(),
          change * 100, before.mean(), before.low(), before.high())));
    } else if (now.high() < before.low() && -change > relativeTolerance) {
      better.add(new Regression(id, metric, before, now, String.format(Locale.ROOT,
          "%.4g down from %.4g", now.mean(), before.mean())));
    }
  }

  private static String samples(int n) {
    return n + (n == 1 ? " sample" : " samples");
  }
}
