package dev.agentruntime.eval.stats;

import java.util.List;

/**
 * The result of comparing an eval's result with a baseline.
 *
 * <p>Only {@link #regressions()} fail the gate. {@link #inconclusive()} lists metrics that moved
 * the wrong way by more than the relative tolerance but whose noise could not be estimated (fewer
 * than two samples on a side, e.g. the default {@code repeats(1)}); they are reported, not gated
 * (see {@link RegressionCheck}).
 *
 * @param regressions metrics worse beyond the noise
 * @param improvements metrics better beyond the noise
 * @param newCases cases the baseline does not have
 * @param removedCases baseline cases not in this run
 * @param inconclusive metrics worse by more than the tolerance whose noise is unknown (too few
 *     samples): not regressions
 */
public record Comparison(
    List<Regression> regressions, List<Regression> improvements, List<String> newCases, List<String> removedCases,
    List<Regression> inconclusive) {

  /**
   * Copies.
   *
   * @param regressions metrics worse beyond the noise
   * @param improvements metrics better beyond the noise
   * @param newCases cases the baseline does not have
   * @param removedCases baseline cases not in this run
   * @param inconclusive metrics worse by more than the tolerance whose noise is unknown (too few
   *     samples): not regressions
   */
  public Comparison {
    regressions = List.copyOf(regressions);
    improvements = List.copyOf(improvements);
    newCases = List.copyOf(newCases);
    removedCases = List.copyOf(removedCases);
    inconclusive = List.copyOf(inconclusive);
  }

  /**
   * A comparison without inconclusive metrics (the constructor of earlier versions).
   *
   * @param regressions metrics worse beyond the noise
   * @param improvements metrics better beyond the noise
   * @param newCases cases the baseline does not have
   * @param removedCases baseline cases not in this run
   */
  public Comparison(
      List<Regression> regressions, List<Regression> improvements, List<String> newCases, List<String> removedCases) {
    this(regressions, improvements, newCases, removedCases, List.of());
  }

  /** @return whether anything regressed (inconclusive metrics do not count) */
  public boolean hasRegressions() {
    return !regressions.isEmpty();
  }

  /** @return the process exit status for CI: 0 without regressions, 1 with */
  public int exitCode() {
    return hasRegressions() ? 1 : 0;
  }

  /** @throws AssertionError listing the regressions (a JUnit failure) when there are any */
  public void assertNoRegressions() {
    if (hasRegressions()) {
      StringBuilder sb = new StringBuilder(regressions.size() + " regression(s) against the baseline:");
      regressions.forEach(r -> sb.append("\n  ").append(r.caseId()).append(' ').append(r.metric()).append(": ")
          .append(r.message()));
      throw new AssertionError(sb.toString());
    }
  }
}
