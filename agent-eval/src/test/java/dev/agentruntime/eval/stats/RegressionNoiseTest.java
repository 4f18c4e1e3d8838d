package dev.agentruntime.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.eval.CaseResult;
import dev.agentruntime.eval.CaseRun;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.eval.RunOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regression gate with too few samples to estimate the noise (the default repeats(1)). */
class RegressionNoiseTest {

  /** One case "a" run once per latency, each run passing or not, 100 tokens. */
  private static EvalResult result(boolean passed, long tokens, long... latenciesMs) {
    EvalCase c = EvalCase.builder("a").input("a").build();
    List<CaseRun> runs = new ArrayList<>();
    for (int i = 0; i < latenciesMs.length; i++) {
      AgentResult r = new AgentResult("r" + i, "ok", StopReason.COMPLETED, null, 1, List.of(), List.of(),
          TokenUsage.of(tokens, 0), Duration.ofMillis(latenciesMs[i]), null);
      RunOutcome o = new RunOutcome("a", i + 1, List.of("a"), List.of(r), List.of(), null,
          Duration.ofMillis(latenciesMs[i]), BigDecimal.ZERO);
      runs.add(new CaseRun("a", i + 1, passed ? CaseRun.Status.PASSED : CaseRun.Status.FAILED, o, List.of(), "",
          BigDecimal.ZERO));
    }
    return new EvalResult("e", Instant.parse("2025-01-01T00:00:00Z"), Duration.ofSeconds(1), latenciesMs.length, 0.95,
        List.of(new CaseResult(c, runs, 0.95)), BigDecimal.ZERO, BigDecimal.ZERO, null, null);
  }

  @Test
  void oneSampleOfLatencyIsNotARegressionButInconclusive() {
    Baseline baseline = Baseline.of(result(true, 100, 100));
    // one run 15% slower: with one sample on each side, the noise is unknown
    Comparison c = RegressionCheck.defaults().compare(baseline, result(true, 100, 115));
    assertThat(c.regressions()).as("%s", c.regressions()).isEmpty();
    assertThat(c.exitCode()).isZero();
    assertThat(c.inconclusive()).extracting(r -> r.caseId() + ":" + r.metric()).contains("a:latencyMs", "*:latencyMs");
    assertThat(c.inconclusive().get(0).message()).contains("noise unknown").contains("1 sample");
  }

  @Test
  void oneSampleOfTokensOrCostIsNotGatedEither() {
    Baseline baseline = Baseline.of(result(true, 100, 100));
    Comparison c = RegressionCheck.defaults().compare(baseline, result(true, 130, 100));
    assertThat(c.regressions()).isEmpty();
    assertThat(c.inconclusive()).extracting(Regression::metric).contains("tokens");
  }

  @Test
  void aDocumentedToleranceStillGatesLargeChangesOfOneSample() {
    Baseline baseline = Baseline.of(result(true, 100, 100));
    RegressionCheck check = RegressionCheck.defaults().unknownNoiseTolerance(1.0);
    assertThat(check.compare(baseline, result(true, 100, 180)).regressions()).isEmpty();
    Comparison c = check.compare(baseline, result(true, 100, 250));
    assertThat(c.regressions()).extracting(r -> r.caseId() + ":" + r.metric()).contains("a:latencyMs");
    assertThat(c.regressions().get(0).message()).contains("noise unknown");
  }

  @Test
  void withRepeatsTheNoiseIsEstimatedAndARealSlowdownStillRegresses() {
    Baseline baseline = Baseline.of(result(true, 100, 100, 102, 98, 101, 99));
    Comparison noisy = RegressionCheck.defaults().compare(baseline, result(true, 100, 112, 90, 105, 97, 101));
    assertThat(noisy.regressions()).isEmpty();
    assertThat(noisy.inconclusive()).isEmpty();
    Comparison slow = RegressionCheck.defaults().compare(baseline, result(true, 100, 150, 152, 148, 151, 149));
    assertThat(slow.regressions()).extracting(r -> r.caseId() + ":" + r.metric()).contains("a:latencyMs");
  }

  @Test
  void anExactPassRateStillGatesWithOneSamplePerCase() {
    // one case, one run: a Wilson interval of 1/1 against 0/1 overlaps, so it is noise; but the baseline's
    // pass rate is still compared (it is never "inconclusive": the Wilson interval is honest at n = 1)
    Baseline baseline = Baseline.of(result(true, 100, 100));
    Comparison c = RegressionCheck.defaults().compare(baseline, result(false, 100, 100));
    assertThat(c.inconclusive()).extracting(Regression::metric).doesNotContain("passRate");
  }

  @Test
  void aBaselineFileWithoutSampleCountsIsReadAsOneSample() {
    String legacy = """
        {"eval":"e","createdAt":"2025-01-01T00:00:00Z",
         "overall":{"passRate":{"mean":1.0,"low":0.2,"high":1.0},"latencyMs":{"mean":100.0,"low":100.0,"high":100.0},
                    "costUsd":{"mean":0.0,"low":0.0,"high":0.0},"tokens":{"mean":100.0,"low":100.0,"high":100.0}},
         "cases":{}}
        """;
    Baseline b = Baseline.parse(legacy, "legacy.json");
    assertThat(b.overall().latencyMs().n()).isEqualTo(1);
    assertThat(b.overall().passRate().n()).isEqualTo(1);
    Comparison c = RegressionCheck.defaults().compare(b, result(true, 100, 120, 121, 119, 120, 120));
    assertThat(c.regressions()).isEmpty();
    assertThat(c.inconclusive()).extracting(Regression::metric).contains("latencyMs");
  }

  @Test
  void reportsShowInconclusiveMetricsWithoutFailing() {
    Baseline baseline = Baseline.of(result(true, 100, 100));
    EvalResult now = result(true, 100, 115);
    now = now.withComparison(RegressionCheck.defaults().compare(baseline, now));
    assertThat(dev.agentruntime.eval.report.EvalReport.json(now)).contains("\"inconclusive\"").contains("noise unknown");
    String xml = dev.agentruntime.eval.report.EvalReport.junitXml(now);
    assertThat(xml).contains("<system-out>inconclusive: * latencyMs").contains("inconclusive: a latencyMs").doesNotContain("<failure");
    assertThat(dev.agentruntime.eval.report.EvalReport.html(now)).contains("class=\"inconclusive\"");
  }

  @Test
  void anEmptyIntervalRoundTrips() {
    EvalCase c = EvalCase.builder("a").input("a").build();
    EvalResult skipped = new EvalResult("e", Instant.parse("2025-01-01T00:00:00Z"), Duration.ofSeconds(1), 1, 0.95,
        List.of(new CaseResult(c, List.of(new CaseRun("a", 1, CaseRun.Status.SKIPPED, null, List.of(), "budget",
            BigDecimal.ZERO)), 0.95)), BigDecimal.ZERO, BigDecimal.ZERO, null, null);
    Baseline b = Baseline.parse(Baseline.of(skipped).toJson(), "x");
    assertThat(b.cases().get("a").latencyMs().isEmpty()).isTrue();
    assertThat(b.overall().passRate().isEmpty()).isTrue();
  }

  @Test
  void theSampleCountIsStoredInTheBaselineFile() {
    String json = Baseline.of(result(true, 100, 100, 101, 102)).toJson();
    assertThat(json).contains("\"n\" : 3");
    assertThat(Baseline.parse(json, "x").cases().get("a").latencyMs().n()).isEqualTo(3);
  }
}
