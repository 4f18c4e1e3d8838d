/**
 * Evaluate agents like code: an {@link dev.agentruntime.eval.Eval} runs a {@link
 * dev.agentruntime.eval.Dataset} of {@link dev.agentruntime.eval.EvalCase}s against an agent, in
 * parallel and under a budget, checks each run with {@link dev.agentruntime.eval.Assertion}s, and
 * returns an {@link dev.agentruntime.eval.EvalResult} for reports, baselines and CI gates.
 */
@NullMarked
package dev.agentruntime.eval;

import org.jspecify.annotations.NullMarked;
