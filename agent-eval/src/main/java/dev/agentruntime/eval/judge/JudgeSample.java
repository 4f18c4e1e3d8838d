package dev.agentruntime.eval.judge;

/**
 * One judge call's grade.
 *
 * @param score the score in [0, 1], or NaN when the judge's reply could not be read
 * @param vote what the score counts as
 * @param reason the judge's explanation (or why the reply was unreadable)
 */
public record JudgeSample(double score, Vote vote, String reason) {

  /** How a sample counts. */
  public enum Vote {
    /** {@code score >= threshold + margin} */
    PASS,
    /** {@code score < threshold - margin}, or an unreadable reply */
    FAIL,
    /** within the margin around the threshold */
    BORDERLINE
  }
}
