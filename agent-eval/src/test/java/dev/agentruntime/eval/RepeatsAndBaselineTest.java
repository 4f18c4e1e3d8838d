package dev.agentruntime.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.eval.assertion.OutputAssertions;
import dev.agentruntime.eval.stats.Baseline;
import dev.agentruntime.eval.stats.Comparison;
import dev.agentruntime.eval.stats.RegressionCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepeatsAndBaselineTest {
  @TempDir Path dir;

  /** An agent that answers "good" on the listed attempts of each case and "bad" otherwise. */
  private static AgentUnderTest flaky(int goodOutOfFive, long tokens) {
    Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    return (input, options) -> {
      int n = attempts.computeIfAbsent(input, k -> new AtomicInteger()).incrementAndGet();
      String out = ((n - 1) % 5) < goodOutOfFive ? "good" : "bad";
      return new AgentResult("r-" + input + "-" + n, out, StopReason.COMPLETED, null, 1, List.of(), List.of(),
          TokenUsage.of(tokens, 0), Duration.ofMillis(1), null);
    };
  }

  private static Dataset data() {
    return Dataset.of("flaky",
        EvalCase.builder("a").input("a").expect(OutputAssertions.equalTo("good")).build(),
        EvalCase.builder("b").input("b").expect(OutputAssertions.equalTo("good")).build());
  }

  @Test
  void repeatsGivePassAtKAndPassHatK() {
    EvalResult r = Eval.builder().agent(flaky(3, 100)).dataset(data()).repeats(5).parallelism(1).build().run();
    CaseResult a = r.cases().get(0);
    assertThat(a.runs()).hasSize(5).extracting(CaseRun::repeat).containsExactly(1, 2, 3, 4, 5);
    assertThat(a.passes()).isEqualTo(3);
    assertThat(a.passAtK(1)).isEqualTo(0.6);
    assertThat(a.passAtK(3)).isEqualTo(1.0);           // only 2 failures: any 3 include a pass
    assertThat(a.passHatK(3)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12)); // C(3,3)/C(5,3)
    assertThat(r.passRate().mean()).isEqualTo(0.6);
    assertThat(a.tokens().mean()).isEqualTo(100);
  }

  @Test
  void aBaselineRoundTripsAndOnlyChangesOutsideTheNoiseAreRegressions() throws Exception {
    EvalResult before = Eval.builder().name("flaky").agent(flaky(5, 100)).dataset(data()).repeats(5).build().run();
    Path file = dir.resolve("baseline.json");
    Baseline.of(before).save(file);
    Baseline stored = Baseline.load(file);
    assertThat(stored.cases()).containsOnlyKeys("a", "b");
    assertThat(stored.cases().get("a").passRate().mean()).isEqualTo(1.0);
    assertThat(Files.readString(file)).contains("\"passRate\"");

    // 4/5 against 5/5: within the noise of five repeats — no regression
    EvalResult noisy = Eval.builder().name("flaky").agent(flaky(4, 104)).dataset(data()).repeats(5)
        .baseline(stored).build().run();
    assertThat(noisy.comparison().hasRegressions()).as("%s", noisy.comparison().regressions()).isFalse();
    assertThat(noisy.comparison().exitCode()).isZero();

    // 0/5 against 5/5, and twice the tokens: regressions
    EvalResult broken = Eval.builder().name("flaky").agent(flaky(0, 200)).dataset(data()).repeats(5)
        .baseline(stored).build().run();
    Comparison c = broken.comparison();
    assertThat(c.regressions()).extracting(reg -> reg.caseId() + ":" + reg.metric())
        .contains("*:passRate", "a:passRate", "b:passRate", "a:tokens", "*:tokens");
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(broken.successful()).isFalse();
    assertThatThrownBy(c::assertNoRegressions).isInstanceOf(AssertionError.class)
        .hasMessageContaining("regression(s) against the baseline").hasMessageContaining("a passRate: 0.00");

    // tokens up 4% with zero-width intervals: below the 10% tolerance
    EvalResult slightly = Eval.builder().agent(flaky(5, 104)).dataset(data()).repeats(5).baseline(stored).build().run();
    assertThat(slightly.comparison().regressions()).isEmpty();
    assertThat(new RegressionCheck[] {RegressionCheck.defaults().relativeTolerance(0.01)}[0]
        .compare(stored, slightly).regressions()).extracting(reg -> reg.metric()).contains("tokens");
  }

  @Test
  void aBadBaselineFileIsNamed() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"eval\": \"x\"}");
    assertThatThrownBy(() -> Baseline.load(file)).hasMessageContaining("bad.json lacks one of eval, createdAt, overall, cases");
    Files.writeString(file, "not json");
    assertThatThrownBy(() -> Baseline.load(file)).hasMessageContaining("bad.json is not valid baseline JSON");
  }
}
