/**
 * Statistics for non-deterministic agents: pass@k and pass^k from repeats, means with confidence
 * intervals, a stored {@link dev.agentruntime.eval.stats.Baseline} and a {@link
 * dev.agentruntime.eval.stats.RegressionCheck} that flags only changes outside the noise. Latency,
 * cost and tokens with fewer than two samples (the default {@code repeats(1)}) have no noise
 * estimate: a change in them is reported as inconclusive, not as a regression.
 */
@NullMarked
package dev.agentruntime.eval.stats;

import org.jspecify.annotations.NullMarked;
