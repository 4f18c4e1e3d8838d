package dev.agentruntime.core;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.TokenUsage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * One run as an interceptor (and a guardrail) sees it: who and what it is for, how far it got and
 * what it used so far — read only. What an interceptor may add to the run is limited to three
 * things: its own private per-run state under a {@link RunLocal} key ({@link #local}), values it
 * publishes on the {@link AgentResult} under an {@link AttributeKey} ({@link #setAttribute}), and
 * events for listeners ({@link #emit}). Calling the model or tools, starting steps and wrapping up
 * are the loop's business ({@link RunContext}); interceptors get {@code chain.context()}, this view.
 *
 * <p>Thread-safe: a run may call interceptors from several threads (parallel tool calls, timed
 * attempts).
 */
public interface RunView {

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

  /** @return the options the run was started with */
  RunOptions options();

  /** @return the limits in force for this run (the run options' or the runtime's) */
  RunLimits limits();

  /** @return the run's input */
  String input();

  /** @return when the run started */
  Instant startedAt();

  /** @return when the run's wall-clock limit expires, if it has one */
  Optional<Instant> deadline();

  /** @return whether the run's wall-clock limit has passed */
  boolean deadlinePassed();

  /** @return the runtime's clock */
  Clock clock();

  /** @return what the runtime's model says about itself, or empty when the runtime has no model */
  Optional<ModelInfo> modelInfo();

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

  /** @return the model calls finished so far */
  List<ModelCallRecord> modelCalls();

  /** @return the tool calls finished so far */
  List<ToolCallRecord> toolCalls();

  /** @return tokens used so far */
  TokenUsage usage();

  /** @return whether the run was cancelled */
  boolean isCancelled();

  /**
   * For interceptors that wait (a lease, a rate-limit permit).
   *
   * @throws dev.agentruntime.core.error.RunCancelledException when the run was cancelled
   */
  void throwIfCancelled();

  /**
   * @return whether a limit stopped the run gracefully and the loop is making its one last model
   *     call (limits let that call through)
   */
  boolean isWrappingUp();

  /** @return the limit that stopped the run gracefully, if any */
  Optional<Limit> wrapUpLimit();

  /**
   * @param key the key
   * @param <T> the value type
   * @return the value published under that key so far, if any
   */
  <T> Optional<T> attribute(AttributeKey<T> key);

  /**
   * Publishes a value on the run's {@link AgentResult} (replacing an earlier one). For private
   * state use {@link #local(RunLocal)}: everything set here is public.
   *
   * @param key the key
   * @param value the value, not null
   * @param <T> the value type
   */
  <T> void setAttribute(AttributeKey<T> key, T value);

  /**
   * An interceptor's private per-run state, never published on the result.
   *
   * @param key the key
   * @param <T> the value type
   * @return this run's value, created on first use
   */
  <T> T local(RunLocal<T> key);

  /**
   * Delivers an event to the runtime's and the run's listeners.
   *
   * @param event the event
   */
  void emit(AgentEvent event);

  /** @return whether anyone listens to events (skip building events when not) */
  boolean hasListeners();

  /**
   * @param task work an interceptor hands to another thread (a timed attempt)
   * @param <T> the result type
   * @return the task, wrapped so it runs as part of this run (context, cancellation)
   */
  <T> Callable<T> wrap(Callable<T> task);
}
