/**
 * Ready-made {@link dev.agentruntime.eval.Assertion}s: on the final answer ({@link
 * dev.agentruntime.eval.assertion.OutputAssertions}), on the tool-call trajectory ({@link
 * dev.agentruntime.eval.assertion.TrajectoryAssertions}) and on what the run cost and hit ({@link
 * dev.agentruntime.eval.assertion.TelemetryAssertions}).
 */
@NullMarked
package dev.agentruntime.eval.assertion;

import org.jspecify.annotations.NullMarked;
