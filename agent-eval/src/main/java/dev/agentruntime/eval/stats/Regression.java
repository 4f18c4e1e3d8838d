package dev.agentruntime.eval.stats;

/**
 * A metric's change against the baseline: in a {@link Comparison}, a regression (worse beyond the
 * noise), an improvement (better beyond the noise) or an inconclusive change (worse by more than
 * the tolerance, noise unknown).
 *
 * @param caseId the case, or {@code *} for the whole eval
 * @param metric {@code passRate}, {@code latencyMs}, {@code costUsd} or {@code tokens}
 * @param baseline the baseline's interval
 * @param current the current interval
 * @param message a one-line explanation
 */
public record Regression(String caseId, String metric, Interval baseline, Interval current, String message) {}
