package dev.agentruntime.core;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.tool.ToolExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One run, as a loop and the interceptors see it. Thread-safe: a run may hand work to other
 * threads (parallel tool calls); wrap such work with {@link #wrap(Runnable)} (or use
 * {@link #executor()}) so it still reports into this run.
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

  /** @return the agent's name (for {@code invoke_agent} spans) */
  String agentName();

  /** @return the session (conversation) the run belongs to, or null */
  @Nullable String sessionId();

  /** @return the end user the run works for, or null */
  @Nullable String userId();

  /** @return the tenant the run is billed to, or null */
  @Nullable String tenantId();

  /** @return free-form tags from the run options */
  Map<String, String> tags();

  /** @return the limits in force for this run (the run options' or the runtime's) */
  dev.agentruntime.core.limits.RunLimits limits();

  /** @return the options the run was started with */
  RunOptions options();

  /** @return the run's input */
  String input();

  /** @return when the run started */
  Instant startedAt();

  /** @return when the run's wall-clock limit expires, if it has one */
  Optional<Instant> deadline();

  /** @return the runtime's clock */
  Clock clock();

  /**
   * @return the runtime's model client, behind the interceptor chain
   * @throws IllegalStateException when the runtime has no model configured
   */
  ModelClient model();

  /**
   * @return what the runtime's model says about itself, or empty when the runtime has no model
   *     (a custom loop bringing its own client)
   */
  default Optional<dev.agentruntime.core.model.ModelInfo> modelInfo() {
    try {
      return Optional.of(model().info());
    } catch (IllegalStateException noModel) {
      return Optional.empty();
    }
  }

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

  /** @return the current step's index (0 before the first) */
  int currentStep();

  /** @return model calls started so far */
  int modelCallCount();

  /** @return tool calls started so far */
  int toolCallCount();

  /**
   * @param toolName a tool
   * @return calls of that tool started so far
   */
  int toolCallCount(String toolName);

  /**
   * Delivers an event to the runtime's and the run's listeners.
   *
   * @param event the event
   */
  void emit(AgentEvent event);

  /** @return whether anyone listens to events (skip building events when not) */
  boolean hasListeners();

  /**
   * @param key the key
   * @param <T> the value type
   * @return the value, if set
   */
  <T> Optional<T> attribute(AttributeKey<T> key);

  /**
   * Sets a value; it is published on the {@link AgentResult}.
   *
   * @param key the key
   * @param value the value, not null
   * @param <T> the value type
   */
  <T> void setAttribute(AttributeKey<T> key, T value);

  /**
   * Removes a value (e.g. per-run secrets that must not be published on the result).
   *
   * @param key the key
   * @param <T> the value type
   * @return the removed value, if it was set
   */
  <T> Optional<T> removeAttribute(AttributeKey<T> key);

  /**
   * @param key the key
   * @param init computes the value when absent (atomically)
   * @param <T> the value type
   * @return the present or computed value
   */
  <T> T computeAttributeIfAbsent(AttributeKey<T> key, Supplier<T> init);

  /**
   * Private per-run state of an interceptor, never published on the result.
   *
   * @param key the key
   * @param <T> the value type
   * @return this run's value, created on first use
   */
  <T> T local(RunLocal<T> key);

  /** @return whether the run was cancelled */
  boolean isCancelled();

  /**
   * @throws dev.agentruntime.core.error.RunCancelledException when the run was cancelled
   */
  void throwIfCancelled();

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
  void beginWrapUp(dev.agentruntime.core.limits.Limit limit);

  /** @return the limit that stopped the run gracefully, if any */
  Optional<dev.agentruntime.core.limits.Limit> wrapUpLimit();

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

  /** @return the model calls made so far */
  List<ModelCallRecord> modelCalls();

  /** @return the tool calls made so far */
  List<ToolCallRecord> toolCalls();

  /** @return tokens used so far */
  TokenUsage usage();
}
