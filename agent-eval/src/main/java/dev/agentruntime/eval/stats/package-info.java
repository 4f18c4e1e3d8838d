/**
 * Statistics for non-deterministic agents: pass@k and pass^k from repeats, means with confidence
 * intervals, a stored {@link dev.agentruntime.eval.stats.Baseline} and a {@link
 * dev.agentruntime.eval.stats.RegressionCheck} that flags only changes outside the noise.
 */
@NullMarked
package dev.agentruntime.eval.stats;

import org.jspecify.annotations.NullMarked;
