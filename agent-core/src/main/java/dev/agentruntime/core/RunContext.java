package dev.agentruntime.core;

import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.ToolExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * One run, as a loop (and a tool) sees it: its model and tools behind the interceptor chain, its
 * options, steps and cancellation. Everything else about the run — ids, counters, usage, records,
 * published values — is on its read-only {@link #view()}, which is also what interceptors get.
 * Thread-safe: a run may hand work to other threads (parallel tool calls); wrap such work with
 * {@link #wrap(Runnable)} (or use {@link #executor()}) so it still reports into this run.
 *
 * <p>While a run executes, it is the {@linkplain #current() current run} on its threads (held in
 * the OpenTelemetry {@code Context}), which is how decorated model clients and tools used by a
 * loop we cannot change find it.
 */
public interface RunContext {

  /** @return the run executing on this thread (or on the thread that handed this work over), if any */
  static Optional<RunContext> current() {
    return AgentRuntime.currentRun();
  }

  /** @return the run's id */
  String runId();

  /** @return the run's input */
  String input();

  /** @return the options the run was started with */
  RunOptions options();

  /** @return the run as interceptors see it: ids, counters, usage, records (read only) */
  RunView view();

  /**
   * @return the runtime's model client, behind the interceptor chain
   * @throws IllegalStateException when the runtime has no model configured
   */
  ModelClient model();

  /**
   * @return what the runtime's model says about itself, or empty when the runtime has no model
   *     (a custom loop bringing its own client)
   */
  Optional<ModelInfo> modelInfo();

  /**
   * @param client a model client to call on this run's behalf
   * @return the client behind this run's interceptor chain
   */
  ModelClient model(ModelClient client);

  /** @return the runtime's tools, behind the interceptor chain */
  ToolExecutor tools();

  /** @return the specs of the tools currently enabled, to offer to the model */
  List<ToolSpec> toolSpecs();

  /**
   * Starts a new step and emits {@link dev.agentruntime.core.event.StepStarted}. Loops that never
   * call this get one step per model call.
   *
   * @return the new step's index, from 1
   */
  int beginStep();

  /** @return whether the run was cancelled */
  boolean isCancelled();

  /**
   * @throws dev.agentruntime.core.error.RunCancelledException when the run was cancelled
   */
  void throwIfCancelled();

  /** @return when the run's wall-clock limit expires, if it has one */
  Optional<Instant> deadline();

  /**
   * @return whether a limit stopped the run gracefully and the loop is making its one last model
   *     call (limits let that call through)
   */
  boolean isWrappingUp();

  /**
   * Marks the run as wrapping up after a graceful limit stop: the result will say it was cut
   * short by this limit. Called by loops before their last model call.
   *
   * @param limit the limit that stopped the run
   */
  void beginWrapUp(Limit limit);

  /** @return the runtime's executor, wrapped so tasks run as part of this run */
  Executor executor();

  /**
   * @param task work to run on another thread
   * @return the task, wrapped so it runs as part of this run (context, cancellation)
   */
  Runnable wrap(Runnable task);

  /**
   * @param task work to run on another thread
   * @param <T> the result type
   * @return the task, wrapped so it runs as part of this run (context, cancellation)
   */
  <T> Callable<T> wrap(Callable<T> task);
}
