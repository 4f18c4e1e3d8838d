/**
 * Durable runs: the {@link dev.agentruntime.core.checkpoint.CheckpointStore} SPI (a per-run journal
 * of model responses and tool calls, written after every step), its in-memory default, and the
 * {@link dev.agentruntime.core.checkpoint.DurableRuns} interceptor behind
 * {@code AgentRuntime.resume(runId)}.
 */
@NullMarked
package dev.agentruntime.core.checkpoint;

import org.jspecify.annotations.NullMarked;
