package dev.agentruntime.eval;

import dev.agentruntime.eval.stats.Interval;
import dev.agentruntime.eval.stats.Stats;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Every repeat of one case, with its statistics.
 *
 * @param evalCase the case
 * @param runs one per repeat, in repeat order
 * @param confidence the confidence level of the intervals (e.g. 0.95)
 */
public record CaseResult(EvalCase evalCase, List<CaseRun> runs, double confidence) {

  /**
   * Validates and copies.
   *
   * @param evalCase the case
   * @param runs one per repeat, in repeat order
   * @param confidence the confidence level of the intervals (e.g. 0.95)
   */
  public CaseResult {
    Objects.requireNonNull(evalCase, "evalCase");
    runs = List.copyOf(runs);
  }

  /** @return the case id */
  public String id() {
    return evalCase.id();
  }

  /** @return runs that were not skipped */
  public int attempts() {
    return (int) runs.stream().filter(CaseRun::ran).count();
  }

  /** @return passing runs */
  public int passes() {
    return (int) runs.stream().filter(CaseRun::passed).count();
  }

  /** @return whether every run that ran passed (and at least one ran) */
  public boolean allPassed() {
    return attempts() > 0 && passes() == attempts();
  }

  /** @return the pass rate with its Wilson interval */
  public Interval passRate() {
    return Stats.wilson(passes(), attempts(), confidence);
  }

  /**
   * @param k how many tries
   * @return pass@k over the runs that ran (NaN when fewer than k ran)
   */
  public double passAtK(int k) {
    return attempts() < k ? Double.NaN : Stats.passAtK(attempts(), passes(), k);
  }

  /**
   * @param k how many tries
   * @return pass^k over the runs that ran (NaN when fewer than k ran)
   */
  public double passHatK(int k) {
    return attempts() < k ? Double.NaN : Stats.passHatK(attempts(), passes(), k);
  }

  /** @return latency in milliseconds, mean and interval over runs that ran */
  public Interval latencyMs() {
    return metric(o -> o.latency().toNanos() / 1e6);
  }

  /** @return cost in USD, mean and interval */
  public Interval costUsd() {
    return metric(o -> o.costUsd().doubleValue());
  }

  /** @return tokens, mean and interval */
  public Interval tokens() {
    return metric(o -> o.usage().totalTokens());
  }

  /**
   * @param f a metric of one run
   * @return its mean and interval over runs that ran
   */
  public Interval metric(ToDoubleFunction<RunOutcome> f) {
    double[] v = runs.stream().filter(r -> r.outcome() != null).mapToDouble(r -> f.applyAsDouble(r.outcome())).toArray();
    return Stats.mean(v, confidence);
  }
}
