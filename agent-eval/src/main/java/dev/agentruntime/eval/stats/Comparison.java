package dev.agentruntime.eval.stats;

import java.util.List;

/**
 * The result of comparing an eval's result with a baseline.
 *
 * @param regressions metrics worse beyond the noise
 * @param improvements metrics better beyond the noise
 * @param newCases cases the baseline does not have
 * @param removedCases baseline cases not in this run
 */
public record Comparison(
    List<Regression> regressions, List<Regression> improvements, List<String> newCases, List<String> removedCases) {

  /**
   * Copies.
   *
   * @param regressions metrics worse beyond the noise
   * @param improvements metrics better beyond the noise
   * @param newCases cases the baseline does not have
   * @param removedCases baseline cases not in this run
   */
  public Comparison {
    regressions = List.copyOf(regressions);
    improvements = List.copyOf(improvements);
    newCases = List.copyOf(newCases);
    removedCases = List.copyOf(removedCases);
  }

  /** @return whether anything regressed */
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
