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
   * ({@code cancel(true)}) cancels the run as {@link #cancel(String)} does. Each copy taken while
   * the run is under way stays registered with the run until it ends: take it once and keep it
   * (polling {@code result().isDone()} in a loop holds one copy per poll for the run's lifetime).
   *
   * @return the result; completes exceptionally with the run's
   *     {@link dev.agentruntime.core.error.AgentRuntimeException} when it fails
   */
  CompletableFuture<AgentResult> result();

  /**
   * Cancels the run: the flag is set, threads working for the run are interrupted, and the result
   * completes with {@link dev.agentruntime.core.error.RunCancelledException} carrying the partial
   * result. A run blocked in a tool stops at once (a tool that ignores the interrupt is abandoned);
   * a run waiting for a concurrency slot stops waiting; a run blocked in a model call stops when
   * the client honours the interrupt (interruptible I/O, a streaming call) — a model call runs on
   * the run's thread, so a client that ignores interrupts holds the run until the call returns
   * (bound it with {@code modelAttemptTimeout} or the client's read timeout). Does nothing when the
   * run has ended.
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
