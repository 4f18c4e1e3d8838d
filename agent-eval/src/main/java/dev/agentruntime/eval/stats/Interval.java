package dev.agentruntime.eval.stats;

/**
 * A mean (or a rate) with a confidence interval.
 *
 * @param mean the point estimate
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 * @param n the number of samples (0: no data, every field NaN)
 */
public record Interval(double mean, double low, double high, int n) {

  /** An interval over no data. */
  public static final Interval EMPTY = new Interval(Double.NaN, Double.NaN, Double.NaN, 0);

  /**
   * Validates.
   *
   * @param mean the point estimate
   * @param low the interval's lower bound
   * @param high the interval's upper bound
   * @param n the number of samples (0: no data, every field NaN)
   */
  public Interval {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    if (n > 0 && (low > mean || mean > high)) {
      throw new IllegalArgumentException("expected low <= mean <= high, was " + low + ", " + mean + ", " + high);
    }
  }

  /** @return whether there is data */
  public boolean isEmpty() {
    return n == 0;
  }

  /** @return half the interval's width */
  public double halfWidth() {
    return (high - low) / 2;
  }
}
