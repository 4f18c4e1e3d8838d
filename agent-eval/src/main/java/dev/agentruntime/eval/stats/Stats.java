package dev.agentruntime.eval.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The estimators the eval reports. pass@k (Chen et al., 2021): the chance that at least one of k
 * runs passes; pass^k (Yao et al., tau-bench): the chance that all k pass — both unbiased
 * estimates from n runs of which c passed. Rates get a Wilson score interval; continuous metrics
 * (latency, cost, tokens) a Student-t interval on the mean.
 */
public final class Stats {
  private Stats() {}

  /**
   * @param n runs
   * @param c passing runs
   * @param k the k of pass@k, {@code 1 <= k <= n}
   * @return the estimated probability that at least one of k runs passes
   */
  public static double passAtK(int n, int c, int k) {
    check(n, c, k);
    if (n - c < k) {
      return 1.0;
    }
    return 1.0 - CombinatoricsUtils.binomialCoefficientDouble(n - c, k) / CombinatoricsUtils.binomialCoefficientDouble(n, k);
  }

  /**
   * @param n runs
   * @param c passing runs
   * @param k the k of pass^k, {@code 1 <= k <= n}
   * @return the estimated probability that k runs all pass
   */
  public static double passHatK(int n, int c, int k) {
    check(n, c, k);
    if (c < k) {
      return 0.0;
    }
    return CombinatoricsUtils.binomialCoefficientDouble(c, k) / CombinatoricsUtils.binomialCoefficientDouble(n, k);
  }

  /**
   * @param successes passing runs
   * @param n runs
   * @param confidence e.g. 0.95
   * @return the pass rate with its Wilson score interval
   */
  public static Interval wilson(int successes, int n, double confidence) {
    checkConfidence(confidence);
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n, was " + successes + " of " + n);
    }
    if (n == 0) {
      return Interval.EMPTY;
    }
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double p = (double) successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return new Interval(p, Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half)), n);
  }

  /**
   * @param values samples
   * @param confidence e.g. 0.95
   * @return the mean with a Student-t interval (zero width for one sample: the noise is then
   *     unknown, not zero — {@link RegressionCheck} does not gate on it)
   */
  public static Interval mean(double[] values, double confidence) {
    checkConfidence(confidence);
    if (values.length == 0) {
      return Interval.EMPTY;
    }
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    double m = s.getMean();
    if (values.length == 1 || s.getStandardDeviation() == 0) {
      return new Interval(m, m, m, values.length);
    }
    double t = new TDistribution(values.length - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double half = t * s.getStandardDeviation() / Math.sqrt(values.length);
    return new Interval(m, m - half, m + half, values.length);
  }

  private static void check(int n, int c, int k) {
    if (n < 1 || c < 0 || c > n || k < 1 || k > n) {
      throw new IllegalArgumentException("need n >= 1, 0 <= c <= n, 1 <= k <= n; was n=" + n + " c=" + c + " k=" + k);
    }
  }

  private static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }
}
