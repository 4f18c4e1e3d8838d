package dev.agentruntime.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void passAtKAndPassHatKMatchTheClosedForms() {
    // 10 runs, 3 passed: pass@1 = 0.3; pass@2 = 1 - C(7,2)/C(10,2) = 1 - 21/45
    assertThat(Stats.passAtK(10, 3, 1)).isCloseTo(0.3, within(1e-12));
    assertThat(Stats.passAtK(10, 3, 2)).isCloseTo(1 - 21.0 / 45, within(1e-12));
    assertThat(Stats.passAtK(10, 3, 8)).isEqualTo(1.0);
    // pass^2 = C(3,2)/C(10,2) = 3/45; pass^k falls with k while pass@k rises
    assertThat(Stats.passHatK(10, 3, 2)).isCloseTo(3.0 / 45, within(1e-12));
    assertThat(Stats.passHatK(10, 3, 4)).isZero();
    assertThat(Stats.passHatK(5, 5, 5)).isEqualTo(1.0);
  }

  @Test
  void wilsonAndStudentIntervals() {
    Interval none = Stats.wilson(0, 10, 0.95);
    assertThat(none.mean()).isZero();
    assertThat(none.high()).isCloseTo(0.2775, within(1e-4)); // textbook value for 0/10
    Interval all = Stats.wilson(10, 10, 0.95);
    assertThat(all.low()).isCloseTo(0.7225, within(1e-4));
    Interval m = Stats.mean(new double[] {10, 12, 14}, 0.95);
    assertThat(m.mean()).isEqualTo(12);
    // sd 2, t(0.975, 2) = 4.303: half-width 4.303 * 2 / sqrt(3) = 4.969
    assertThat(m.halfWidth()).isCloseTo(4.969, within(1e-3));
    assertThat(Stats.mean(new double[] {5}, 0.95).halfWidth()).isZero();
    assertThat(Stats.mean(new double[0], 0.95).isEmpty()).isTrue();
  }
}
