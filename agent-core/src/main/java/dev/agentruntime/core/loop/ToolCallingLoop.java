package dev.agentruntime.core.loop;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.PolicyRefusal;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in loop: ask the model; if it calls tools, run them (independent calls of one step in
 * parallel, bounded) and send the results back; repeat until it answers without tools or a limit
 * stops it. On a limit configured to stop gracefully it makes one last call without tools asking
 * for the best answer so far.
 *
 * <p>Tool failures do not end the run: an unknown tool, malformed arguments, a tool that throws or
 * whose circuit is open all come back to the model as error results it can recover from.
 */
public final class ToolCallingLoop implements AgentLoop {
  private static final Logger LOG = LoggerFactory.getLogger(ToolCallingLoop.class);

  /** The default instruction for the last call after a graceful limit stop. */
  public static final String DEFAULT_WRAP_UP_PROMPT =
      "This run has reached a limit (%s). Do not call any tools. Using only the information above, "
          + "give your best final answer now, and say briefly what is still incomplete.";

  private final String systemPrompt;
  private final int maxParallelToolCalls;
  private final Double temperature;
  private final Integer maxOutputTokens;
  private final String model;
  private final boolean streaming;
  private final String wrapUpPrompt;
  private final java.util.function.Function<ToolExecutionException, String> toolErrorMessage;

  private ToolCallingLoop(Builder b) {
    this.systemPrompt = b.systemPrompt;
    this.maxParallelToolCalls = b.maxParallelToolCalls;
    this.temperature = b.temperature;
    this.maxOutputTokens = b.maxOutputTokens;
    this.model = b.model;
    this.streaming = b.streaming;
    this.wrapUpPrompt = b.wrapUpPrompt;
    this.toolErrorMessage = b.toolErrorMessage;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String run(String input, RunContext ctx) throws Exception {
    List<ChatMessage> messages = new ArrayList<>();
    if (systemPrompt != null) {
      messages.add(new SystemMessage(systemPrompt));
    }
    messages.addAll(ctx.options().history());
    messages.add(new UserMessage(input));
    while (true) {
      ctx.throwIfCancelled();
      ctx.beginStep();
      ModelResponse response;
      try {
        response = call(ctx, request(messages, ctx, true));
      } catch (LimitExceededException e) {
        if (!e.graceful()) {
          throw e;
        }
        return wrapUp(ctx, messages, e);
      }
      messages.add(response.message());
      if (!response.message().hasToolCalls()) {
        return response.text();
      }
      LimitExceededException limit = executeTools(ctx, response.message().toolCalls(), messages);
      if (limit != null) {
        if (!limit.graceful()) {
          throw limit;
        }
        return wrapUp(ctx, messages, limit);
      }
    }
  }

  private ModelRequest request(List<ChatMessage> messages, RunContext ctx, boolean withTools) {
    return ModelRequest.builder()
        .messages(messages)
        .tools(withTools ? ctx.toolSpecs() : List.of())
        .model(model)
        .temperature(temperature)
        .maxOutputTokens(maxOutputTokens)
        .build();
  }

  private ModelResponse call(RunContext ctx, ModelRequest request) throws Exception {
    return streaming ? ctx.model().chatStreaming(request, d -> {}) : ctx.model().chat(request);
  }

  private String wrapUp(RunContext ctx, List<ChatMessage> messages, LimitExceededException limit) {
    ctx.beginWrapUp(limit.limit());
    List<ChatMessage> finalMessages = new ArrayList<>(messages);
    finalMessages.add(new UserMessage(String.format(wrapUpPrompt, limit.getMessage())));
    try {
      ModelRequest request = request(finalMessages, ctx, false);
      // the instruction is the runtime's, not the user's: a session does not keep it
      return call(ctx, request.toBuilder().metadata(java.util.Map.of(ModelRequest.RUNTIME_TAIL, 1)).build()).text();
    } catch (Exception e) {
      if (e instanceof RuntimeException re && (ctx.isCancelled() || isRefusal(e))) {
        throw re;
      }
      LOG.warn("run {}: the wrap-up call after '{}' failed; returning the last answer", ctx.runId(),
          limit.getMessage(), e);
      String last = "";
      for (ChatMessage m : messages) {
        if (m.role().equals("assistant") && !m.text().isEmpty()) {
          last = m.text();
        }
      }
      return last;
    }
  }

  /**
   * Whether a failure of the wrap-up call must fail the run rather than fall back to the last
   * answer: a refusal by one of the runtime's policies (a budget, a guardrail on the output, a rate
   * limit, a run limit) and any other failure of the runtime's own, except the provider failing the
   * call ({@link ModelCallException}) or its circuit being open ({@link CircuitOpenException}),
   * which are what the fallback is for.
   */
  private static boolean isRefusal(Exception e) {
    if (e instanceof ModelCallException || e instanceof CircuitOpenException) {
      return false;
    }
    return e instanceof PolicyRefusal || e instanceof AgentRuntimeException;
  }

  /**
   * Runs one step's tool calls and appends a result message for every call (the model API
   * requires one per call). Returns the first limit that refused a call, if any.
   */
  private LimitExceededException executeTools(RunContext ctx, List<ToolCall> calls, List<ChatMessage> messages)
      throws Exception {
    Outcome[] outcomes = new Outcome[calls.size()];
    if (calls.size() == 1 || maxParallelToolCalls == 1) {
      for (int i = 0; i < calls.size(); i++) {
        outcomes[i] = execute(ctx, calls.get(i));
      }
    } else {
      new ParallelStep(ctx, calls, outcomes).run();
    }
    LimitExceededException limit = null;
    for (int i = 0; i < calls.size(); i++) {
      ToolCall call = calls.get(i);
      Outcome o = outcomes[i];
      messages.add(new ToolResultMessage(call.id(), call.name(), o.result.content(), o.result.isError()));
      if (o.limit != null && limit == null) {
        limit = o.limit;
      }
    }
    return limit;
  }

  private record Outcome(ToolResult result, LimitExceededException limit) {}

  /**
   * One step's tool calls run in parallel on the run's executor, at most {@link #maxParallelToolCalls}
   * at a time (a call the executor rejects runs on this thread, as a rejected tool body does when
   * the calls are made one after the other). This thread hands out the calls and takes each one's end as it comes, so a call that
   * fails the run (a policy refusal, an error) ends the step at once, not after the calls listed
   * before it. The step then stops its other calls — calls not begun never begin; the threads of
   * calls under way are interrupted, which abandons a tool body as a cancelled run does, and a tool
   * body not started yet is not started — and waits until the calls under way have ended, so none of
   * them reports after the run's failure. When this thread itself is interrupted (the run cancelled,
   * past its deadline, its caller interrupted) the step stops its calls the same way but does not
   * wait for them: the run ends on time, as it does when its calls are made one after the other. A
   * deadline that stops the run gracefully ends the step as it ends calls made one after the other:
   * the calls under way (their tool bodies abandoned by the deadline) are waited for, the calls that
   * never began are refused by the run's limits, and the loop wraps up with a result for each.
   */
  private final class ParallelStep {
    private final RunContext ctx;
    private final List<ToolCall> calls;
    private final Outcome[] outcomes;
    private final Throwable[] failures;
    /** the indexes of the calls that ended, in the order they ended */
    private final BlockingQueue<Integer> ended = new LinkedBlockingQueue<>();
    /** the lock of the fields below; guarded by itself: the thread running each call while it runs */
    private final Thread[] threads;
    /** guarded by {@link #threads}: the calls whose thread this step interrupted */
    private final boolean[] interrupted;
    /** guarded by {@link #threads}: set when the step stops; a call that would begin afterwards does not */
    private boolean stopped;
    /** guarded by {@link #threads}: the calls that began and have not ended */
    private int underWay;
    /** set when a call failed: the first hand-out ends (an executor that runs tasks at once) */
    private volatile boolean failed;

    ParallelStep(RunContext ctx, List<ToolCall> calls, Outcome[] outcomes) {
      this.ctx = ctx;
      this.calls = calls;
      this.outcomes = outcomes;
      this.failures = new Throwable[calls.size()];
      this.threads = new Thread[calls.size()];
      this.interrupted = new boolean[calls.size()];
    }

    void run() throws Exception {
      int n = calls.size();
      int next = 0;
      int running = 0;
      Throwable failure = null;
      try {
        for (; next < n && running < maxParallelToolCalls && !failed; next++) {
          start(next);
          running++;
        }
        while (running > 0) {
          int i = ended.take();
          running--;
          if (failures[i] != null) {
            failure = failures[i];
            break;
          }
          if (next < n) {
            start(next++);
            running++;
          }
        }
      } catch (InterruptedException | RuntimeException e) { // interrupted, or the executor failed
        failure = e;
      }
      if (failure == null) {
        return;
      }
      stop();
      if (failure instanceof InterruptedException && deadlineStopsGracefully()) {
        endAtGracefulDeadline();
        return;
      }
      if (!(failure instanceof InterruptedException) && !ctx.isCancelled()) {
        // a cancelled run does not wait either (the cancel may come as the failure of a call this
        // thread ran itself, rejected by the executor)
        awaitCallsUnderWay();
      }
      throw rethrow(failure);
    }

    /** Whether this thread's interrupt is the run's deadline, at which the run stops gracefully. */
    private boolean deadlineStopsGracefully() {
      RunView view = ctx.view();
      return !ctx.isCancelled() && view.deadlinePassed()
          && view.limits().reaction(Limit.MAX_DURATION) == LimitReaction.STOP_GRACEFULLY;
    }

    /**
     * Ends the step as the calls made one after the other would end it when the deadline passes and
     * the run stops gracefully: every call gets a result. The calls under way were interrupted by the
     * deadline, which abandons their tool bodies, and are waited for; the calls that never began are
     * made here, on this thread, where the run's limits refuse them before their tool runs.
     */
    private void endAtGracefulDeadline() throws Exception {
      awaitCallsUnderWay();
      if (Thread.interrupted()) { // cancelled (or interrupted) while waiting
        ctx.throwIfCancelled();
        throw new InterruptedException("interrupted while the step's calls ended at the deadline");
      }
      for (Throwable failure : failures) {
        if (failure != null) {
          throw rethrow(failure);
        }
      }
      for (int i = 0; i < calls.size(); i++) {
        if (outcomes[i] == null) {
          outcomes[i] = execute(ctx, calls.get(i));
        }
      }
    }

    private Exception rethrow(Throwable failure) {
      if (failure instanceof Exception e) {
        return e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return new IllegalStateException(failure);
    }

    /**
     * Hands call {@code i} to the run's executor. A call the executor rejects (a bounded pool, full;
     * an executor shut down) runs here, on this thread, before the next is handed out — as the
     * run's thread runs a tool body the executor rejects when the calls are made one after the other.
     */
    private void start(int i) {
      ToolCall call = calls.get(i);
      Runnable task = () -> {
        synchronized (threads) {
          if (stopped) {
            return; // the step ended before this call began (nobody waits for it)
          }
          threads[i] = Thread.currentThread();
          underWay++;
        }
        try {
          outcomes[i] = execute(ctx, call);
        } catch (Throwable t) {
          failures[i] = t;
          failed = true;
        } finally {
          synchronized (threads) {
            threads[i] = null;
            underWay--;
            if (interrupted[i]) {
              Thread.interrupted(); // the step's interrupt must not reach the thread's next task
            }
            threads.notifyAll();
          }
          ended.add(i);
        }
      };
      try {
        ctx.executor().execute(task);
      } catch (RejectedExecutionException e) {
        task.run();
      }
    }

    /** Keeps calls not begun from beginning, and interrupts the threads of those under way. */
    private void stop() {
      synchronized (threads) {
        stopped = true;
        for (int i = 0; i < threads.length; i++) {
          Thread t = threads[i];
          if (t != null && t != Thread.currentThread()) {
            interrupted[i] = true;
            t.interrupt();
          }
        }
      }
    }

    /**
     * Waits until the calls under way have ended. Each was interrupted and gives up its tool body on
     * interrupt, so this lasts as long as the slowest needs to notice; code of the call's own that
     * ignores interrupts (an interceptor, a store) holds it as it would hold the run were the calls
     * made one after the other. A call handed to the executor that never began is not waited for.
     * An interrupt of this thread (the run cancelled, past its deadline) ends the wait.
     */
    private void awaitCallsUnderWay() {
      synchronized (threads) {
        while (underWay > 0) {
          try {
            threads.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  private Outcome execute(RunContext ctx, ToolCall call) throws Exception {
    try {
      return new Outcome(ctx.tools().call(call), null);
    } catch (LimitExceededException e) {
      return new Outcome(ToolResult.error("Not executed: " + e.getMessage()), e);
    } catch (ToolExecutionException e) {
      return new Outcome(ToolResult.error(toolErrorText(e)), null);
    } catch (CircuitOpenException e) {
      return new Outcome(ToolResult.error(
          "Tool '" + call.name() + "' is temporarily unavailable; try another approach."), null);
    }
  }

  /**
   * @return what the model is told of a tool's failure: {@link Builder#toolErrorMessage}'s text, or
   *     when that function fails or gives null, the generic text (the failure is logged)
   */
  private String toolErrorText(ToolExecutionException e) {
    if (toolErrorMessage == null) {
      return e.getMessage();
    }
    String text;
    try {
      text = toolErrorMessage.apply(e);
    } catch (RuntimeException bug) {
      LOG.warn("run {}: toolErrorMessage failed for tool '{}'; the model is told '{}'", e.runId(), e.toolName(),
          genericToolError(e), bug);
      return genericToolError(e);
    }
    if (text == null) {
      LOG.warn("run {}: toolErrorMessage gave null for tool '{}'; the model is told '{}'", e.runId(), e.toolName(),
          genericToolError(e));
      return genericToolError(e);
    }
    return text;
  }

  /**
   * The text of a tool's failure that names the tool and nothing it said, for
   * {@link Builder#toolErrorMessage}.
   *
   * @param failure a tool's failure
   * @return {@code tool '<name>' failed}
   */
  public static String genericToolError(ToolExecutionException failure) {
    return "tool '" + failure.toolName() + "' failed";
  }

  /** Builder for {@link ToolCallingLoop}. */
  public static final class Builder {
    private String systemPrompt;
    private int maxParallelToolCalls = 4;
    private Double temperature;
    private Integer maxOutputTokens;
    private String model;
    private boolean streaming;
    private String wrapUpPrompt = DEFAULT_WRAP_UP_PROMPT;
    private java.util.function.Function<ToolExecutionException, String> toolErrorMessage;

    private Builder() {}

    /**
     * @param value the system prompt, or null
     * @return this
     */
    public Builder systemPrompt(@Nullable String value) {
      this.systemPrompt = value;
      return this;
    }

    /**
     * @param value how many tool calls of one step may run at once (1 = sequential; default 4)
     * @return this
     */
    public Builder maxParallelToolCalls(int value) {
      this.maxParallelToolCalls = value;
      return this;
    }

    /**
     * @param value temperature for every call, or null
     * @return this
     */
    public Builder temperature(@Nullable Double value) {
      this.temperature = value;
      return this;
    }

    /**
     * @param value output token cap per call, or null
     * @return this
     */
    public Builder maxOutputTokens(@Nullable Integer value) {
      this.maxOutputTokens = value;
      return this;
    }

    /**
     * @param value model name for every call, or null for the client's default
     * @return this
     */
    public Builder model(@Nullable String value) {
      this.model = value;
      return this;
    }

    /**
     * @param value whether to stream (text deltas become {@link dev.agentruntime.core.event.TextDelta} events)
     * @return this
     */
    public Builder streaming(boolean value) {
      this.streaming = value;
      return this;
    }

    /**
     * @param value instruction for the last call after a graceful limit stop; {@code %s} receives
     *     the limit's description
     * @return this
     */
    public Builder wrapUpPrompt(String value) {
      this.wrapUpPrompt = value;
      return this;
    }

    /**
     * What the model is told when a tool fails (its exception, or an error result it returned, is a
     * result the model reads to decide what to do next — and so part of the conversation a session
     * keeps and serves back to its owner). By default the failure's message, {@code tool 'orders'
     * failed: <what the tool's exception said>}, which helps the model correct a bad argument but may
     * carry what the exception names (a database host, a user). {@code
     * ToolCallingLoop::genericToolError} tells only {@code tool 'orders' failed}; any function may
     * choose per tool or exception. When it throws or gives null, the model is told the generic text
     * and the problem is logged. A tool's own error result ({@code ToolResult.error(..)}) is the
     * tool's text and is passed on as it is.
     *
     * @param value the text of the failed call's result for the model, from the tool's failure
     *     ({@link ToolExecutionException#toolName()}, {@link ToolExecutionException#getCause()})
     * @return this
     */
    public Builder toolErrorMessage(java.util.function.Function<ToolExecutionException, String> value) {
      this.toolErrorMessage = java.util.Objects.requireNonNull(value, "toolErrorMessage");
      return this;
    }

    /**
     * @return the loop
     * @throws IllegalArgumentException naming the bad setting
     */
    public ToolCallingLoop build() {
      if (maxParallelToolCalls < 1) {
        throw new IllegalArgumentException("maxParallelToolCalls must be >= 1, was " + maxParallelToolCalls);
      }
      if (maxOutputTokens != null && maxOutputTokens <= 0) {
        throw new IllegalArgumentException("maxOutputTokens must be positive when set, was " + maxOutputTokens);
      }
      if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > 2)) {
        throw new IllegalArgumentException("temperature must be within 0..2 when set, was " + temperature);
      }
      if (model != null && model.isBlank()) {
        throw new IllegalArgumentException("model must not be blank when set");
      }
      if (wrapUpPrompt == null || wrapUpPrompt.isBlank()) {
        throw new IllegalArgumentException("wrapUpPrompt must not be blank");
      }
      if (systemPrompt != null && systemPrompt.isBlank()) {
        throw new IllegalArgumentException("systemPrompt must not be blank when set");
      }
      return new ToolCallingLoop(this);
    }
  }
}
