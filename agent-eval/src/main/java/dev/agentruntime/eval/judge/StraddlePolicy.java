package dev.agentruntime.eval.judge;

/**
 * What a {@link Judge} decides when its samples do not give a majority on either side because
 * some scores fall within the margin around the threshold (they "straddle" it). Decided by this
 * rule, never by chance.
 */
public enum StraddlePolicy {
  /** Fail the assertion (the default: an answer the judge is unsure about is not a pass). */
  FAIL,
  /** Pass the assertion. */
  PASS,
  /**
   * Draw extra samples one at a time (up to {@link Judge.Builder#extraSamples(int)}) until one side
   * has a majority of all samples; fail if none has after the last.
   */
  ESCALATE
}
