package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.eval.stats.Comparison;
import dev.agentruntime.eval.stats.Interval;
import dev.agentruntime.eval.stats.MetricSet;
import dev.agentruntime.eval.stats.Stats;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * What an eval found: every case's runs and verdicts, what it spent, and (when a baseline was
 * given) the comparison with it.
 *
 * @param name the eval's name
 * @param startedAt when it started
 * @param duration how long it took
 * @param repeats runs per case
 * @param confidence the confidence level of every interval
 * @param cases each case's result, in dataset order
 * @param agentSpendUsd what the agent's runs cost
 * @param judgeSpendUsd what the eval's own model calls (judges) cost
 * @param budgetUsd the eval's cap, or null when uncapped
 * @param comparison the comparison with the baseline, or null when none was given
 */
public record EvalResult(
    String name,
    Instant startedAt,
    Duration duration,
    int repeats,
    double confidence,
    List<CaseResult> cases,
    BigDecimal agentSpendUsd,
    BigDecimal judgeSpendUsd,
    @Nullable BigDecimal budgetUsd,
    @Nullable Comparison comparison) {

  /**
   * Validates and copies.
   *
   * @param name the eval's name
   * @param startedAt when it started
   * @param duration how long it took
   * @param repeats runs per case
   * @param confidence the confidence level of every interval
   * @param cases each case's result, in dataset order
   * @param agentSpendUsd what the agent's runs cost
   * @param judgeSpendUsd what the eval's own model calls (judges) cost
   * @param budgetUsd the eval's cap, or null when uncapped
   * @param comparison the comparison with the baseline, or null when none was given
   */
  public EvalResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    cases = List.copyOf(cases);
    agentSpendUsd = agentSpendUsd == null ? BigDecimal.ZERO : agentSpendUsd;
    judgeSpendUsd = judgeSpendUsd == null ? BigDecimal.ZERO : judgeSpendUsd;
  }

  /**
   * @param value a comparison with a baseline
   * @return a copy carrying it
   */
  public EvalResult withComparison(Comparison value) {
    return new EvalResult(name, startedAt, duration, repeats, confidence, cases, agentSpendUsd, judgeSpendUsd,
        budgetUsd, value);
  }

  /** @return every run of every case */
  public List<CaseRun> runs() {
    return cases.stream().flatMap(c -> c.runs().stream()).toList();
  }

  /** @return agent plus judge spend */
  public BigDecimal totalSpendUsd() {
    return agentSpendUsd.add(judgeSpendUsd);
  }

  /** @return whether runs were skipped because the budget was spent */
  public boolean budgetExhausted() {
    return runs().stream().anyMatch(r -> r.status() == CaseRun.Status.SKIPPED);
  }

  /**
   * @param status a verdict
   * @return how many runs got it
   */
  public long count(CaseRun.Status status) {
    return runs().stream().filter(r -> r.status() == status).count();
  }

  /** @return the pass rate over every run that ran, with its Wilson interval */
  public Interval passRate() {
    List<CaseRun> ran = runs().stream().filter(CaseRun::ran).toList();
    return Stats.wilson((int) ran.stream().filter(CaseRun::passed).count(), ran.size(), confidence);
  }

  /**
   * @param k tries
   * @return pass@k averaged over the cases with at least k runs (NaN when none)
   */
  public double passAtK(int k) {
    return cases.stream().mapToDouble(c -> c.passAtK(k)).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  /**
   * @param k tries
   * @return pass^k averaged over the cases with at least k runs (NaN when none)
   */
  public double passHatK(int k) {
    return cases.stream().mapToDouble(c -> c.passHatK(k)).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  /** @return the whole eval's metrics (means over every run that ran) */
  public MetricSet overall() {
    return new MetricSet(passRate(), metric(o -> o.latency().toNanos() / 1e6), metric(o -> o.costUsd().doubleValue()),
        metric(o -> o.usage().totalTokens()));
  }

  /** @return whether every run that ran passed and nothing regressed */
  public boolean successful() {
    return runs().stream().filter(CaseRun::ran).allMatch(CaseRun::passed)
        && (comparison == null || !comparison.hasRegressions());
  }

  private Interval metric(ToDoubleFunction<RunOutcome> f) {
    double[] v = runs().stream().filter(r -> r.outcome() != null).mapToDouble(r -> f.applyAsDouble(r.outcome())).toArray();
    return Stats.mean(v, confidence);
  }
}
