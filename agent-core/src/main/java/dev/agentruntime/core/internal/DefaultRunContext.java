package dev.agentruntime.core.internal;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.ErrorTypes;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.core.event.ModelCallStarted;
import dev.agentruntime.core.event.StepStarted;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.event.TextDiscarded;
import dev.agentruntime.core.chain.TextSink;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolExecutor;
import dev.agentruntime.core.tool.ToolResult;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The engine's {@link RunContext}: counters, records, cancellation and the call entry points. */
public final class DefaultRunContext implements RunContext {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DefaultRunContext.class);

  private final RuntimeCore core;
  private final RunOptions options;
  private final String runId;
  private final String agentName;
  private final String input;
  private final RunLimits limits;
  private final Instant startedAt;
  private final long startNanos;
  private final Instant deadline;
  private final AgentEventListener[] runListeners;
  private final boolean hasListeners;
  private final boolean detached;

  private final AtomicInteger step = new AtomicInteger();
  private volatile boolean loopManagesSteps;
  private final AtomicInteger modelCalls = new AtomicInteger();
  private final AtomicInteger toolCalls = new AtomicInteger();
  private final ConcurrentHashMap<String, AtomicInteger> toolCallsPerTool = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ModelCallRecord> modelRecords = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ToolCallRecord> toolRecords = new ConcurrentLinkedQueue<>();
  private final AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.ZERO);
  private final ConcurrentHashMap<AttributeKey<?>, Object> attributes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RunLocal<?>, Object> locals = new ConcurrentHashMap<>();
  private final Set<Thread> activeThreads = ConcurrentHashMap.newKeySet();
  private volatile String cancelReason;
  /** Set when the run has ended (its outcome is decided): a cancel from then on does nothing. */
  private volatile boolean ended;
  private volatile boolean deadlineExpired;
  private volatile Limit wrapUpLimit;
  /** The first limit refused in this run, whoever caught the refusal. */
  private volatile LimitExceededException firstLimit;
  private volatile String lastAssistantText = "";
  private volatile ScheduledFuture<?> watchdog;

  private final ModelClient runModel;
  private final ToolExecutor runTools;
  private final RunView view;

  /**
   * @param core the engine
   * @param options the run's options
   * @param input the run's input
   * @param detached true for the one-call context of a decorated client used outside any run
   */
  public DefaultRunContext(RuntimeCore core, RunOptions options, String input, boolean detached) {
    this.core = core;
    this.options = options;
    this.runId = options.runId() != null ? options.runId() : UUID.randomUUID().toString();
    this.agentName = options.agentName() != null ? options.agentName() : core.agentName;
    this.input = input;
    // a one-call context outside any run has no run to limit
    this.limits = detached ? RunLimits.none() : options.limits() != null ? options.limits() : core.limits;
    this.startedAt = core.clock.instant();
    this.startNanos = System.nanoTime();
    this.deadline = limits.maxDuration() == null ? null : startedAt.plus(limits.maxDuration());
    List<AgentEventListener> all = new ArrayList<>(List.of(core.listeners));
    all.addAll(options.listeners());
    this.runListeners = all.toArray(new AgentEventListener[0]);
    this.hasListeners = runListeners.length > 0;
    this.detached = detached;
    this.runModel = core.model == null ? null : model(core.model);
    this.runTools = call -> callTool(call, null);
    this.view = new View();
  }

  @Override
  public RunView view() {
    return view;
  }

  RuntimeCore core() {
    return core;
  }

  // ---------------------------------------------------------------- identity

  @Override
  public String runId() {
    return runId;
  }

  /** @return the agent's name */
  public String agentName() {
    return agentName;
  }

  /** @return the session, or null */
  public String sessionId() {
    return options.sessionId();
  }

  /** @return the user, or null */
  public String userId() {
    return options.userId();
  }

  /** @return the tenant, or null */
  public String tenantId() {
    return options.tenantId();
  }

  /** @return the run's tags */
  public Map<String, String> tags() {
    return options.tags();
  }

  @Override
  public RunOptions options() {
    return options;
  }

  /** @return the limits in force */
  public RunLimits limits() {
    return limits;
  }

  @Override
  public String input() {
    return input;
  }

  /** @return when the run started */
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** @return the runtime's clock */
  public Clock clock() {
    return core.clock;
  }

  // ---------------------------------------------------------------- ports

  @Override
  public ModelClient model() {
    if (runModel == null) {
      throw new IllegalStateException(
          "the runtime has no model: set AgentRuntime.builder().model(...) or call ctx.model(client)");
    }
    return runModel;
  }

  @Override
  public Optional<ModelInfo> modelInfo() {
    return core.model == null ? Optional.empty() : Optional.of(core.model.info());
  }

  @Override
  public ModelClient model(ModelClient client) {
    Objects.requireNonNull(client, "client");
    DefaultRunContext self = this;
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) throws Exception {
        return self.callModel(client, request, null);
      }

      @Override
      public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta)
          throws Exception {
        return self.callModel(client, request, Objects.requireNonNull(onTextDelta, "onTextDelta"));
      }

      @Override
      public ModelInfo info() {
        return client.info();
      }
    };
  }

  @Override
  public ToolExecutor tools() {
    return runTools;
  }

  @Override
  public List<ToolSpec> toolSpecs() {
    return core.tools.enabledSpecs();
  }

  // ---------------------------------------------------------------- steps and counters

  @Override
  public int beginStep() {
    loopManagesSteps = true;
    return nextStep();
  }

  private int nextStep() {
    int s = step.incrementAndGet();
    if (hasListeners) {
      emit(new StepStarted(runId, core.clock.instant(), s));
    }
    return s;
  }

  /** @return the current step */
  public int currentStep() {
    return step.get();
  }

  /** @return model calls started */
  public int modelCallCount() {
    return modelCalls.get();
  }

  /** @return tool calls started */
  public int toolCallCount() {
    return toolCalls.get();
  }

  /**
   * @param toolName a tool
   * @return calls of it started
   */
  public int toolCallCount(String toolName) {
    AtomicInteger c = toolCallsPerTool.get(toolName);
    return c == null ? 0 : c.get();
  }

  // ---------------------------------------------------------------- events and attributes

  /** @param event delivered to the run's listeners */
  public void emit(AgentEvent event) {
    if (hasListeners) {
      RuntimeCore.deliver(runListeners, event);
    }
  }

  /** @return whether anyone listens */
  public boolean hasListeners() {
    return hasListeners;
  }

  /**
   * @param key a key
   * @param <T> the value type
   * @return the published value, if any
   */
  public <T> Optional<T> attribute(AttributeKey<T> key) {
    return Optional.ofNullable(key.type().cast(attributes.get(key)));
  }

  /**
   * @param key a key
   * @param value the value to publish
   * @param <T> the value type
   */
  public <T> void setAttribute(AttributeKey<T> key, T value) {
    attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
  }

  /**
   * @param key a key
   * @param <T> the value type
   * @return the run's private value, created on first use
   */
  @SuppressWarnings("unchecked")
  public <T> T local(RunLocal<T> key) {
    Objects.requireNonNull(key, "key");
    Object v = locals.get(key);
    if (v == null) {
      v = locals.computeIfAbsent(key, RunLocal::initialValue);
    }
    return (T) v;
  }

  // ---------------------------------------------------------------- cancellation and deadline

  @Override
  public boolean isCancelled() {
    return cancelReason != null;
  }

  @Override
  public void throwIfCancelled() {
    if (cancelReason != null) {
      throw new RunCancelledException(runId, cancelReason);
    }
  }

  /**
   * Cancels the run: sets the flag and interrupts every thread working for it. Does nothing once
   * the run has ended.
   *
   * @param reason why
   */
  public void cancel(String reason) {
    if (!ended && cancelReason == null) {
      cancelReason = reason == null ? "cancelled" : reason;
      activeThreads.forEach(Thread::interrupt);
    }
  }

  /** Marks the run as ended: from now on {@link #cancel(String)} does nothing. */
  void markEnded() {
    ended = true;
  }

  /** @return whether the run has ended */
  public boolean hasEnded() {
    return ended;
  }

  /** Arms the wall-clock watchdog, if the run has a deadline. */
  void armWatchdog() {
    if (deadline != null) {
      // what is left of maxDuration: the run may have queued (executor, concurrency slot) since it
      // was started, and the deadline counts from then
      long nanos = Math.max(0, limits.maxDuration().toNanos() - (System.nanoTime() - startNanos));
      watchdog = core.scheduler.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
    }
  }

  void disarmWatchdog() {
    ScheduledFuture<?> w = watchdog;
    if (w != null) {
      w.cancel(false);
    }
  }

  private void expire() {
    if (!deadlineExpired && wrapUpLimit == null) {
      deadlineExpired = true;
      activeThreads.forEach(Thread::interrupt);
    }
  }

  /** @return whether the wall-clock limit has passed */
  public boolean deadlinePassed() {
    return deadlineExpired || (deadline != null && !core.clock.instant().isBefore(deadline));
  }

  /** @return whether a cancel or the deadline interrupted this run's threads */
  boolean interruptedByUs() {
    return cancelReason != null || deadlineExpired;
  }

  /**
   * Registers the current thread as working for this run (so cancellation interrupts it).
   *
   * @return true when it was not registered before (the caller must unregister)
   */
  boolean enterThread() {
    return activeThreads.add(Thread.currentThread());
  }

  void exitThread() {
    activeThreads.remove(Thread.currentThread());
    if (interruptedByUs()) {
      Thread.interrupted(); // our interrupt must not leak into a pooled thread's next task
    }
  }

  @Override
  public boolean isWrappingUp() {
    return wrapUpLimit != null;
  }

  @Override
  public void beginWrapUp(Limit limit) {
    Objects.requireNonNull(limit, "limit");
    if (wrapUpLimit == null) {
      wrapUpLimit = limit;
    }
    if (deadlineExpired) {
      Thread.interrupted();
    }
  }

  /** @return the limit the run is wrapping up after, if any */
  public Optional<Limit> wrapUpLimit() {
    return Optional.ofNullable(wrapUpLimit);
  }

  // ---------------------------------------------------------------- threads

  @Override
  public Executor executor() {
    return task -> core.executor.execute(wrap(task));
  }

  @Override
  public Runnable wrap(Runnable task) {
    Objects.requireNonNull(task, "task");
    Context context = RunScope.with(this);
    Map<String, String> mdc = org.slf4j.MDC.getCopyOfContextMap();
    return () -> {
      boolean entered = enterThread();
      Map<String, String> previousMdc = swapMdc(mdc);
      try (Scope ignored = context.makeCurrent()) {
        task.run();
      } finally {
        swapMdc(previousMdc);
        if (entered) {
          exitThread();
        }
      }
    };
  }

  /** Installs a copy of the handing thread's MDC (log correlation follows the work). */
  private static Map<String, String> swapMdc(Map<String, String> next) {
    Map<String, String> previous = org.slf4j.MDC.getCopyOfContextMap();
    if (next == null) {
      org.slf4j.MDC.clear();
    } else {
      org.slf4j.MDC.setContextMap(next);
    }
    return previous;
  }

  @Override
  public <T> Callable<T> wrap(Callable<T> task) {
    Objects.requireNonNull(task, "task");
    Context context = RunScope.with(this);
    Map<String, String> mdc = org.slf4j.MDC.getCopyOfContextMap();
    return () -> {
      boolean entered = enterThread();
      Map<String, String> previousMdc = swapMdc(mdc);
      try (Scope ignored = context.makeCurrent()) {
        return task.call();
      } finally {
        swapMdc(previousMdc);
        if (entered) {
          exitThread();
        }
      }
    };
  }

  // ---------------------------------------------------------------- records

  /** @return the model calls so far */
  public List<ModelCallRecord> modelCalls() {
    return List.copyOf(modelRecords);
  }

  /** @return the tool calls so far */
  public List<ToolCallRecord> toolCalls() {
    return List.copyOf(toolRecords);
  }

  /** @return tokens used so far */
  public TokenUsage usage() {
    return usage.get();
  }

  /**
   * @return the first limit refused in this run, if any — also when the loop caught the refusal
   *     (a framework that turns a refused tool call into an error message for its model)
   */
  Optional<LimitExceededException> firstLimit() {
    return Optional.ofNullable(firstLimit);
  }

  /**
   * Refuses a call after a limit with the FAIL reaction was hit: a loop that caught the refusal
   * must not go on spending.
   */
  private void throwIfFailedByLimit() {
    LimitExceededException hit = firstLimit;
    if (hit != null && !hit.graceful()) {
      throw new LimitExceededException(runId, hit.limit(), "run already stopped by its limit: " + hit.getMessage(), false);
    }
  }

  /** @return the text of the last successful model answer (empty if none) */
  public String lastAssistantText() {
    return lastAssistantText;
  }

  // ---------------------------------------------------------------- call entry points

  /**
   * One model call through the chain.
   *
   * @param client the addressed client
   * @param request the request
   * @param userSink delta consumer for streaming, or null
   * @return the response
   * @throws Exception on failure (translated: cancellation, deadline)
   */
  public ModelResponse callModel(ModelClient client, ModelRequest request, Consumer<String> userSink)
      throws Exception {
    Objects.requireNonNull(request, "request");
    throwIfCancelled();
    throwIfFailedByLimit();
    if (!loopManagesSteps && wrapUpLimit == null) {
      nextStep();
    }
    int s = step.get();
    modelCalls.incrementAndGet();
    TextSink sink = null;
    if (userSink != null) {
      sink = hasListeners ? new EventSink(TextSink.of(userSink), s) : TextSink.of(userSink);
    }
    String requested = request.model() != null ? request.model() : client.info().model();
    if (hasListeners) {
      emit(new ModelCallStarted(runId, core.clock.instant(), s, requested));
    }
    boolean entered = enterThread();
    long t0 = System.nanoTime();
    try {
      ModelResponse response =
          new ModelChainImpl(core.modelInterceptors, 0, this, client, sink, request).proceed(request);
      Duration d = Duration.ofNanos(System.nanoTime() - t0);
      modelRecords.add(new ModelCallRecord(s, request, response, null, d));
      usage.accumulateAndGet(response.usage(), TokenUsage::plus);
      if (!response.text().isEmpty()) {
        lastAssistantText = response.text();
      }
      if (hasListeners) {
        emit(new ModelCallCompleted(runId, core.clock.instant(), s,
            response.responseModel() != null ? response.responseModel() : requested,
            response.usage(), response.finishReason().wireName(), d, null));
      }
      return response;
    } catch (Throwable e) {
      Exception translated = translate(e);
      noteLimit(translated);
      Duration d = Duration.ofNanos(System.nanoTime() - t0);
      modelRecords.add(new ModelCallRecord(s, request, null, translated, d));
      if (hasListeners) {
        emit(new ModelCallCompleted(runId, core.clock.instant(), s, requested, TokenUsage.ZERO,
            null, d, String.valueOf(translated.getMessage()), ErrorTypes.of(translated)));
      }
      throw translated;
    } finally {
      if (entered) {
        exitThread();
      }
    }
  }

  /** The top of a streaming call's sink chain: the caller's sink, plus events for listeners. */
  private final class EventSink implements TextSink {
    private final TextSink user;
    private final int step;

    EventSink(TextSink user, int step) {
      this.user = user;
      this.step = step;
    }

    @Override
    public void onText(String delta) {
      user.onText(delta);
      emit(new TextDelta(runId, core.clock.instant(), step, delta));
    }

    @Override
    public void onDiscard(String reason) {
      user.onDiscard(reason);
      emit(new TextDiscarded(runId, core.clock.instant(), step, reason));
    }
  }

  /**
   * One tool call through the chain.
   *
   * @param call the call
   * @param explicitTool the tool to run (decorated tools), or null to look the name up
   * @return the result
   * @throws Exception on failure (translated: cancellation, deadline)
   */
  public ToolResult callTool(ToolCall call, Tool explicitTool) throws Exception {
    Objects.requireNonNull(call, "call");
    throwIfCancelled();
    throwIfFailedByLimit();
    int s = step.get();
    toolCalls.incrementAndGet();
    toolCallsPerTool.computeIfAbsent(call.name(), k -> new AtomicInteger()).incrementAndGet();
    if (hasListeners) {
      emit(new ToolCallStarted(runId, core.clock.instant(), s, call.id(), call.name(), call.arguments()));
    }
    boolean entered = enterThread();
    long t0 = System.nanoTime();
    try {
      ToolResult result = new ToolChainImpl(core.toolInterceptors, 0, this, explicitTool, call).proceed(call);
      Duration d = Duration.ofNanos(System.nanoTime() - t0);
      toolRecords.add(new ToolCallRecord(s, call, result, null, d));
      if (hasListeners) {
        emit(new ToolCallCompleted(runId, core.clock.instant(), s, call.id(), call.name(), result.isError(), d));
      }
      return result;
    } catch (Throwable e) {
      Exception translated = translate(e);
      noteLimit(translated);
      Duration d = Duration.ofNanos(System.nanoTime() - t0);
      toolRecords.add(new ToolCallRecord(s, call, null, translated, d));
      if (hasListeners) {
        emit(new ToolCallCompleted(runId, core.clock.instant(), s, call.id(), call.name(), true, d));
      }
      throw translated;
    } finally {
      if (entered) {
        exitThread();
      }
    }
  }

  /**
   * Runs blocking work (a tool) on the runtime's executor while this thread waits until the work
   * ends, the run is cancelled or its deadline passes — whichever comes first. Interrupts cannot
   * stop a classic socket read or a busy loop; the run still ends on time: the work's thread is
   * interrupted, abandoned (it finishes on its own; its result is dropped) and reported. Work asked
   * for by a thread that is already interrupted is not started.
   *
   * @param work the work
   * @param what what it is, for messages ({@code tool 'search'})
   * @param <T> the result type
   * @return the work's result
   * @throws Exception the work's failure, {@link RunCancelledException} or the deadline's limit
   */
  <T> T runWatched(Callable<T> work, String what) throws Exception {
    if (detached || core.executor == null) {
      return work.call();
    }
    if (Thread.interrupted()) {
      // interrupted before the work began (the run cancelled or past its deadline, a parallel step
      // stopped while this call was in code that ignores interrupts): the work does not start
      if (cancelReason != null) {
        throw new RunCancelledException(runId, cancelReason);
      }
      if (deadlineExpired) {
        throw limitExceeded(Limit.MAX_DURATION, "run exceeded its wall-clock limit (maxDuration="
            + limits.maxDuration() + "); " + what + " was not started");
      }
      throw new InterruptedException(what + " was not started: the thread was interrupted");
    }
    java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(wrap(work));
    try {
      core.executor.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return work.call(); // an executor that refuses (a bounded pool, full): run it here
    }
    try {
      while (true) {
        if (cancelReason != null) {
          throw abandon(task, what, null);
        }
        long waitNanos;
        if (deadline == null || wrapUpLimit != null) {
          waitNanos = TimeUnit.SECONDS.toNanos(1);
        } else {
          waitNanos = Duration.between(core.clock.instant(), deadline).toNanos();
          if (waitNanos <= 0 || deadlineExpired) {
            throw abandon(task, what, Limit.MAX_DURATION);
          }
        }
        try {
          return task.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException ignored) {
          // loop: re-check cancellation and the deadline
        }
      }
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (InterruptedException e) {
      if (cancelReason != null || deadlineExpired) {
        throw abandon(task, what, cancelReason != null ? null : Limit.MAX_DURATION);
      }
      task.cancel(true);
      throw e;
    }
  }

  private Exception abandon(java.util.concurrent.Future<?> task, String what, Limit limit) {
    task.cancel(true);
    Thread.interrupted(); // the interrupt was ours, and is handled here
    String why = limit == null ? "the run was cancelled (" + cancelReason + ")"
        : "the run exceeded its wall-clock limit (maxDuration=" + limits.maxDuration() + ")";
    LOG.warn("run {}: {} did not return when {}; its thread was interrupted and abandoned", runId, what, why);
    Exception e = limit == null ? new RunCancelledException(runId, cancelReason)
        : limitExceeded(Limit.MAX_DURATION, "run exceeded its wall-clock limit (maxDuration="
            + limits.maxDuration() + "); " + what + " was abandoned while still running");
    if (limit == null) {
      e.initCause(new java.util.concurrent.CancellationException(what + " was abandoned while still running"));
    }
    return e;
  }

  /**
   * Turns a failure into what the caller should see: cancellation and deadline interrupts become
   * {@link RunCancelledException} and {@link LimitExceededException}; errors are rethrown.
   *
   * @param e the failure
   * @return the exception to throw
   */
  public Exception translate(Throwable e) {
    if (e instanceof Error err) {
      throw err;
    }
    if (cancelReason != null && !(e instanceof RunCancelledException)) {
      RunCancelledException c = new RunCancelledException(runId, cancelReason);
      c.initCause(e);
      return c;
    }
    if (deadlineExpired && wrapUpLimit == null && isInterruption(e)) {
      return limitExceeded(Limit.MAX_DURATION,
          "run exceeded its wall-clock limit (maxDuration=" + limits.maxDuration() + ")");
    }
    if (e instanceof AgentRuntimeException are) {
      are.initRunId(runId);
    }
    return (Exception) e;
  }

  private static boolean isInterruption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException || t instanceof InterruptedIOException
          || t instanceof java.nio.channels.ClosedByInterruptException
          || t instanceof java.util.concurrent.CancellationException) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  /**
   * Builds the exception for a reached limit, with the configured reaction, and reports it.
   *
   * @param limit the limit
   * @param message details
   * @return the exception to throw
   */
  public LimitExceededException limitExceeded(Limit limit, String message) {
    boolean graceful = limits.reaction(limit) == LimitReaction.STOP_GRACEFULLY;
    LimitExceededException e =
        limit == Limit.MAX_STEPS
            ? new dev.agentruntime.core.error.StepLimitExceededException(runId, limits.maxSteps(), graceful)
            : new LimitExceededException(runId, limit, message, graceful);
    noteLimit(e);
    if (hasListeners) {
      emit(new LimitReached(runId, core.clock.instant(), limit, graceful, e.getMessage()));
    }
    return e;
  }

  /**
   * Remembers the first limit refused in this run (whoever refused it: the limits interceptor,
   * the deadline), so the run ends as the limit says even when the loop caught the refusal.
   */
  private void noteLimit(Throwable e) {
    if (e instanceof LimitExceededException le && firstLimit == null && le.limit() != Limit.CONCURRENT_RUNS
        && runId.equals(le.runId())) {
      synchronized (this) {
        if (firstLimit == null) {
          firstLimit = le;
        }
      }
    }
  }

  /**
   * @param output the final output
   * @param stopReason why the run stopped
   * @return the result as of now
   */
  public AgentResult toResult(String output, StopReason stopReason) {
    return toResult(output, stopReason, stopReason == StopReason.LIMIT_REACHED ? wrapUpLimit : null);
  }

  /**
   * @param output the final output
   * @param stopReason why the run stopped
   * @param limit the limit involved, or null
   * @return the result as of now
   */
  public AgentResult toResult(String output, StopReason stopReason, Limit limit) {
    Map<AttributeKey<?>, Object> attrs = new HashMap<>(attributes);
    return new AgentResult(
        runId, output, stopReason, limit,
        step.get(), List.copyOf(modelRecords), List.copyOf(toolRecords), usage.get(),
        Duration.ofNanos(System.nanoTime() - startNanos), attrs);
  }

  /** @return how long the run has taken */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** The run as interceptors see it: read only, plus their locals, published values and events. */
  private final class View implements RunView {
    @Override
    public String runId() {
      return runId;
    }

    @Override
    public String agentName() {
      return agentName;
    }

    @Override
    public String sessionId() {
      return options.sessionId();
    }

    @Override
    public String userId() {
      return options.userId();
    }

    @Override
    public String tenantId() {
      return options.tenantId();
    }

    @Override
    public Map<String, String> tags() {
      return options.tags();
    }

    @Override
    public RunOptions options() {
      return options;
    }

    @Override
    public RunLimits limits() {
      return limits;
    }

    @Override
    public String input() {
      return input;
    }

    @Override
    public Instant startedAt() {
      return startedAt;
    }

    @Override
    public Optional<Instant> deadline() {
      return DefaultRunContext.this.deadline();
    }

    @Override
    public boolean deadlinePassed() {
      return DefaultRunContext.this.deadlinePassed();
    }

    @Override
    public Clock clock() {
      return core.clock;
    }

    @Override
    public Optional<ModelInfo> modelInfo() {
      return DefaultRunContext.this.modelInfo();
    }

    @Override
    public int currentStep() {
      return step.get();
    }

    @Override
    public int modelCallCount() {
      return modelCalls.get();
    }

    @Override
    public int toolCallCount() {
      return toolCalls.get();
    }

    @Override
    public int toolCallCount(String toolName) {
      return DefaultRunContext.this.toolCallCount(toolName);
    }

    @Override
    public List<ModelCallRecord> modelCalls() {
      return List.copyOf(modelRecords);
    }

    @Override
    public List<ToolCallRecord> toolCalls() {
      return List.copyOf(toolRecords);
    }

    @Override
    public TokenUsage usage() {
      return usage.get();
    }

    @Override
    public boolean isCancelled() {
      return cancelReason != null;
    }

    @Override
    public void throwIfCancelled() {
      DefaultRunContext.this.throwIfCancelled();
    }

    @Override
    public boolean isWrappingUp() {
      return wrapUpLimit != null;
    }

    @Override
    public Optional<Limit> wrapUpLimit() {
      return Optional.ofNullable(wrapUpLimit);
    }

    @Override
    public <T> Optional<T> attribute(AttributeKey<T> key) {
      return DefaultRunContext.this.attribute(key);
    }

    @Override
    public <T> void setAttribute(AttributeKey<T> key, T value) {
      DefaultRunContext.this.setAttribute(key, value);
    }

    @Override
    public <T> T local(RunLocal<T> key) {
      return DefaultRunContext.this.local(key);
    }

    @Override
    public void emit(AgentEvent event) {
      DefaultRunContext.this.emit(event);
    }

    @Override
    public boolean hasListeners() {
      return hasListeners;
    }

    @Override
    public <T> Callable<T> wrap(Callable<T> task) {
      return DefaultRunContext.this.wrap(task);
    }

    @Override
    public String toString() {
      return "RunView[" + runId + "]";
    }
  }
}
