package dev.agentruntime.core;

import java.util.concurrent.CompletableFuture;

/** A run started asynchronously: cancel it, or wait for its result. */
public interface RunHandle {
  /** @return the run's id */
  String runId();

  /**
   * The run's result, as a new future on each call. It is a copy of the runtime's own: completing
   * it ({@code complete}, {@code orTimeout}, {@code completeOnTimeout}) affects only that copy —
   * the run goes on and {@link #cancel(String)} still stops it — while cancelling it
   * ({@code cancel(true)}) cancels the run as {@link #cancel(String)} does.
   *
   * @return the result; completes exceptionally with the run's
   *     {@link dev.agentruntime.core.error.AgentRuntimeException} when it fails
   */
  CompletableFuture<AgentResult> result();

  /**
   * Cancels the run: the flag is set, threads working for the run are interrupted (so a run
   * blocked in a tool or a model call stops), and the result completes with
   * {@link dev.agentruntime.core.error.RunCancelledException} carrying the partial result.
   * Does nothing when the run has ended.
   *
   * @param reason why, for the exception's message
   */
  void cancel(String reason);

  /**
   * Waits for the result.
   *
   * @return the result
   * @throws dev.agentruntime.core.error.AgentRuntimeException when the run failed
   */
  AgentResult join();
}
