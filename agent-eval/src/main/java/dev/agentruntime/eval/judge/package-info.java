/**
 * LLM-as-judge: a {@link dev.agentruntime.eval.judge.Judge} scores a run's answer against a
 * {@link dev.agentruntime.eval.judge.Rubric} with a model other than the agent's, through an
 * {@code AgentRuntime} (so its calls are traced, budgeted and retried), N times, and decides by
 * majority with a defined {@link dev.agentruntime.eval.judge.StraddlePolicy} for scores close to
 * the threshold.
 */
@NullMarked
package dev.agentruntime.eval.judge;

import org.jspecify.annotations.NullMarked;
