package dev.agentruntime.eval.stats;

/**
 * A metric that got worse beyond the noise.
 *
 * @param caseId the case, or {@code *} for the whole eval
 * @param metric {@code passRate}, {@code latencyMs}, {@code costUsd} or {@code tokens}
 * @param baseline the baseline's interval
 * @param current the current interval
 * @param message a one-line explanation
 */
public record Regression(String caseId, String metric, Interval baseline, Interval current, String message) {}
