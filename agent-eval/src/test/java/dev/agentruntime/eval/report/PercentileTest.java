package dev.agentruntime.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.eval.EvalCase;
import org.junit.jupiter.api.Test;

/** The report's latency percentiles are nearest-rank: a p90 of a few runs is not their median. */
class PercentileTest {

  @Test
  void percentilesOfFewRunsAreNearestRank() {
    assertThat(EvalReport.percentile(new double[] {100, 1000}, 0.9)).isEqualTo(1000);
    assertThat(EvalReport.percentile(new double[] {100, 1000}, 0.5)).isEqualTo(100);
    assertThat(EvalReport.percentile(new double[] {1, 2, 3}, 0.9)).isEqualTo(3);
    assertThat(EvalReport.percentile(new double[] {1, 2, 3, 4, 5}, 0.9)).isEqualTo(5);
    assertThat(EvalReport.percentile(new double[] {7}, 0.5)).isEqualTo(7);
    double[] hundred = new double[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = i + 1;
    }
    assertThat(EvalReport.percentile(hundred, 0.9)).isEqualTo(90);
    assertThat(EvalReport.percentile(hundred, 0.5)).isEqualTo(50);
  }

  @Test
  void aCaseMetadataValueMustBeGivenWhenTheCaseIsBuilt() {
    assertThatThrownBy(() -> EvalCase.builder("a").input("x").metadata("team", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata 'team'");
  }
}
