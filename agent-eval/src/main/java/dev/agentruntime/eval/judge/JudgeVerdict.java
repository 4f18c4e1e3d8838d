package dev.agentruntime.eval.judge;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A judge's decision on one run.
 *
 * @param rubric the rubric's name
 * @param passed the decision
 * @param decidedBy how it was reached
 * @param samples every sample, in order
 * @param threshold the pass threshold
 * @param costUsd what the judge's calls cost
 */
public record JudgeVerdict(
    String rubric, boolean passed, Decision decidedBy, List<JudgeSample> samples, double threshold, BigDecimal costUsd) {

  /** How a verdict was reached. */
  public enum Decision {
    /** More than half the samples voted the same way. */
    MAJORITY,
    /** No majority: the straddle policy decided (FAIL or PASS). */
    STRADDLE_POLICY,
    /** No majority at first; extra samples produced one. */
    ESCALATION,
    /** No majority even after the extra samples: failed. */
    ESCALATION_EXHAUSTED
  }

  /**
   * Copies.
   *
   * @param rubric the rubric's name
   * @param passed the decision
   * @param decidedBy how it was reached
   * @param samples every sample, in order
   * @param threshold the pass threshold
   * @param costUsd what the judge's calls cost
   */
  public JudgeVerdict {
    samples = List.copyOf(samples);
  }

  /** @return the median of the readable scores (NaN when none) */
  public double medianScore() {
    double[] s = samples.stream().mapToDouble(JudgeSample::score).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (s.length == 0) {
      return Double.NaN;
    }
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * @param vote a vote
   * @return how many samples cast it
   */
  public long votes(JudgeSample.Vote vote) {
    return samples.stream().filter(s -> s.vote() == vote).count();
  }

  /** @return e.g. {@code 2/3 pass, 1 borderline (0.91, 0.72, 0.88) by MAJORITY} */
  public String summary() {
    return votes(JudgeSample.Vote.PASS) + "/" + samples.size() + " pass, " + votes(JudgeSample.Vote.FAIL) + " fail, "
        + votes(JudgeSample.Vote.BORDERLINE) + " borderline "
        + Arrays.toString(samples.stream().mapToDouble(JudgeSample::score).toArray()) + " vs threshold " + threshold
        + " -> " + (passed ? "pass" : "fail") + " by " + decidedBy;
  }
}
