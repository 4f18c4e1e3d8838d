package dev.agentruntime.eval.stats;

import java.util.Objects;

/**
 * The compared metrics of one case (or of the whole eval). Each interval carries its sample count
 * ({@link Interval#n()}: runs of the case, or of the whole eval), stored in the baseline file;
 * {@link RegressionCheck} does not gate latency, cost or tokens on fewer than {@value
 * RegressionCheck#MIN_SAMPLES} samples (noise unknown).
 *
 * @param passRate pass rate with its Wilson interval
 * @param latencyMs mean latency with its interval
 * @param costUsd mean cost with its interval
 * @param tokens mean tokens with its interval
 */
public record MetricSet(Interval passRate, Interval latencyMs, Interval costUsd, Interval tokens) {
  /**
   * Validates.
   *
   * @param passRate pass rate with its Wilson interval
   * @param latencyMs mean latency with its interval
   * @param costUsd mean cost with its interval
   * @param tokens mean tokens with its interval
   */
  public MetricSet {
    Objects.requireNonNull(passRate, "passRate");
    Objects.requireNonNull(latencyMs, "latencyMs");
    Objects.requireNonNull(costUsd, "costUsd");
    Objects.requireNonNull(tokens, "tokens");
  }
}
