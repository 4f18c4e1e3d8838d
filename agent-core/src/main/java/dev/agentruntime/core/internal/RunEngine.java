package dev.agentruntime.core.internal;

import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.RunHandle;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.RunStarted;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/** Executes runs: admission, scope, events, the run chain, results and failures. */
public final class RunEngine {
  private final RuntimeCore core;
  private final Bulkhead bulkhead;
  private final int maxConcurrentRuns;
  private final Duration wait;
  private volatile boolean closed;

  /**
   * @param core the engine
   * @param maxConcurrentRuns cap on concurrent runs (0 for none)
   * @param wait how long a run may wait for a slot
   */
  public RunEngine(RuntimeCore core, int maxConcurrentRuns, Duration wait) {
    this.core = core;
    this.maxConcurrentRuns = maxConcurrentRuns;
    this.wait = wait;
    this.bulkhead =
        maxConcurrentRuns <= 0
            ? null
            : Bulkhead.of("agent-runs",
                BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentRuns).maxWaitDuration(wait)
                    .fairCallHandlingStrategyEnabled(true).build());
  }

  /**
   * Runs synchronously on the calling thread.
   *
   * @param input the input
   * @param options the options
   * @param loop the loop
   * @param stream the event stream attached, or null
   * @return the result
   */
  public AgentResult run(String input, RunOptions options, AgentLoop loop, EventStream stream) {
    ensureOpen();
    DefaultRunContext ctx = new DefaultRunContext(core, options, input, false);
    return execute(ctx, input, loop);
  }

  /**
   * Runs on the runtime's executor.
   *
   * @param input the input
   * @param options the options
   * @param loop the loop
   * @param stream the event stream attached, or null
   * @return the handle
   */
  public RunHandle start(String input, RunOptions options, AgentLoop loop, EventStream stream) {
    ensureOpen();
    DefaultRunContext ctx = new DefaultRunContext(core, options, input, false);
    CompletableFuture<AgentResult> future = new CompletableFuture<>();
    Handle handle = new Handle(ctx, future);
    try {
      // the caller's context (its span, baggage) goes with the run, as it does for run(...): a run
      // started from a traced request is part of that request's trace, not a trace of its own
      core.executor.execute(Context.current().wrap(() -> {
        try {
          future.complete(execute(ctx, input, loop));
        } catch (Throwable t) {
          future.completeExceptionally(t);
        }
      }));
    } catch (RejectedExecutionException e) {
      throw new AgentRuntimeException(ctx.runId(), "the runtime's executor rejected the run (is the runtime closed?)", e);
    }
    return handle;
  }

  private AgentResult execute(DefaultRunContext ctx, String input, AgentLoop loop) {
    // registered and armed before the slot wait: cancel() interrupts the wait, and the deadline
    // (counted from when the run was started) covers it
    boolean entered = ctx.enterThread();
    ctx.armWatchdog();
    boolean admitted = false;
    try {
      admit(ctx);
      admitted = true;
      return executeAdmitted(ctx, input, loop);
    } finally {
      ctx.markEnded();
      ctx.disarmWatchdog();
      if (entered) {
        ctx.exitThread();
      }
      if (admitted && bulkhead != null) {
        bulkhead.onComplete();
      }
    }
  }

  /** Takes a concurrency slot, waiting as configured; a cancel or the deadline ends the wait. */
  private void admit(DefaultRunContext ctx) {
    if (bulkhead == null) {
      return;
    }
    try {
      if (ctx.isCancelled()) {
        // cancelled before this thread was registered (queued on the executor): nobody interrupted
        // it, so the wait below is ended at once this way
        Thread.currentThread().interrupt();
      }
      bulkhead.acquirePermission();
    } catch (io.github.resilience4j.bulkhead.BulkheadFullException
        | io.github.resilience4j.core.exception.AcquirePermissionCancelledException e) {
      AgentRuntimeException refusal;
      // an interrupted wait: cancelled, or out of time (the deadline's limit)
      Exception translated = ctx.translate(e);
      if (translated instanceof AgentRuntimeException are) {
        refusal = are;
      } else {
        refusal = new LimitExceededException(ctx.runId(), Limit.CONCURRENT_RUNS,
            "too many concurrent runs (maxConcurrentRuns=" + maxConcurrentRuns + ", waited " + wait + ")", false);
        refusal.initCause(e);
      }
      StopReason reason = refusal instanceof RunCancelledException ? StopReason.CANCELLED : StopReason.FAILED;
      Limit limit = refusal instanceof LimitExceededException l ? l.limit() : null;
      refusal.initPartialResult(ctx.toResult("", reason, limit));
      if (ctx.hasListeners()) {
        // a stream attached to this run ends with its one terminal event
        ctx.emit(new RunFailed(ctx.runId(), core.clock.instant(), refusal.getClass().getSimpleName(),
            refusal.getMessage(), ctx.elapsed()));
      }
      throw refusal;
    }
  }

  private AgentResult executeAdmitted(DefaultRunContext ctx, String input, AgentLoop loop) {
    try (Scope ignored = RunScope.enter(ctx)) {
      if (ctx.hasListeners()) {
        ctx.emit(new RunStarted(ctx.runId(), core.clock.instant(), ctx.agentName(), ctx.sessionId(), input));
      }
      try {
        ctx.throwIfCancelled(); // cancelled while it queued
        AgentResult result = new RunChainImpl(core.runInterceptors, 0, ctx, loop, input).proceed(input);
        if (ctx.hasListeners()) {
          ctx.emit(new RunCompleted(ctx.runId(), core.clock.instant(), result.output(),
              result.stopReason(), result.usage(), result.duration()));
        }
        return result;
      } catch (Error err) {
        throw failedWith(ctx, err);
      } catch (Throwable t) {
        AgentRuntimeException e;
        try {
          e = toRuntimeException(ctx, t);
        } catch (Error err) {
          // an Error a future wrapped (work the loop handed to another thread)
          throw failedWith(ctx, err);
        }
        StopReason reason = e instanceof RunCancelledException ? StopReason.CANCELLED : StopReason.FAILED;
        Limit limit = e instanceof LimitExceededException l ? l.limit() : null;
        e.initPartialResult(ctx.toResult(ctx.lastAssistantText(), reason, limit));
        if (ctx.hasListeners()) {
          ctx.emit(new RunFailed(ctx.runId(), core.clock.instant(), e.getClass().getSimpleName(),
              e.getMessage(), ctx.elapsed()));
        }
        throw e;
      }
    }
  }

  /** Reports an Error (terminal event; the caller and the run's future see it): never swallowed. */
  private Error failedWith(DefaultRunContext ctx, Error err) {
    if (ctx.hasListeners()) {
      ctx.emit(new RunFailed(ctx.runId(), core.clock.instant(), err.getClass().getSimpleName(),
          String.valueOf(err.getMessage()), ctx.elapsed()));
    }
    return err;
  }

  private static AgentRuntimeException toRuntimeException(DefaultRunContext ctx, Throwable t) {
    if (t instanceof Error err) {
      throw err;
    }
    Throwable x = t;
    while ((x instanceof CompletionException || x instanceof java.util.concurrent.ExecutionException)
        && x.getCause() != null) {
      x = x.getCause(); // a loop that waited for work it handed to another thread
    }
    if (x instanceof Error err) {
      throw err;
    }
    Exception translated;
    try {
      translated = ctx.translate(x);
    } catch (Error err) {
      throw err;
    }
    if (translated instanceof AgentRuntimeException are) {
      are.initRunId(ctx.runId());
      return are;
    }
    return new AgentRuntimeException(ctx.runId(),
        "run " + ctx.runId() + " failed: " + translated, translated);
  }

  /**
   * @param client the client
   * @return a client that calls through the current run's chain
   */
  public ModelClient decorate(ModelClient client) {
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) throws Exception {
        return contextFor().callModel(client, request, null);
      }

      @Override
      public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta) throws Exception {
        return contextFor().callModel(client, request, onTextDelta);
      }

      @Override
      public ModelInfo info() {
        return client.info();
      }

      @Override
      public String toString() {
        return "decorated(" + client + ")";
      }
    };
  }

  /**
   * @param tool the tool
   * @return a tool that calls through the current run's chain
   */
  public Tool decorate(Tool tool) {
    return new DecoratedTool(tool, this);
  }

  /** A tool whose executions pass through the current run's chain. */
  private static final class DecoratedTool implements Tool {
    private final Tool tool;
    private final RunEngine engine;

    DecoratedTool(Tool tool, RunEngine engine) {
      this.tool = tool;
      this.engine = engine;
    }

    @Override
    public ToolSpec spec() {
      return tool.spec();
    }

    @Override
    public ToolResult execute(ToolInvocation invocation) throws Exception {
      return engine.contextFor().callTool(invocation.call(), tool);
    }

    @Override
    public boolean sideEffecting() {
      return tool.sideEffecting();
    }

    @Override
    public String circuitName() {
      return tool.circuitName();
    }

    @Override
    public String toString() {
      return "decorated(" + tool + ")";
    }
  }

  /**
   * @param decorated a tool made by {@link #decorate(Tool)}
   * @param call the call
   * @return the result
   * @throws Exception the call's failure
   */
  public ToolResult callDecorated(Tool decorated, dev.agentruntime.core.model.ToolCall call) throws Exception {
    return contextFor().callTool(call, decorated instanceof DecoratedTool d ? d.tool : decorated);
  }

  /** Refuses every entry point from now on. */
  public void close() {
    closed = true;
  }

  /**
   * @throws IllegalStateException when the runtime was closed
   */
  public void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the runtime is closed: build a new AgentRuntime");
    }
  }

  private DefaultRunContext contextFor() {
    ensureOpen();
    Optional<DefaultRunContext> current = RunScope.current();
    if (current.isPresent()) {
      return current.get();
    }
    return new DefaultRunContext(core, RunOptions.defaults(), "", true);
  }

  private static final class Handle implements RunHandle {
    private final DefaultRunContext ctx;
    private final CompletableFuture<AgentResult> future;

    Handle(DefaultRunContext ctx, CompletableFuture<AgentResult> future) {
      this.ctx = ctx;
      this.future = future;
    }

    @Override
    public String runId() {
      return ctx.runId();
    }

    @Override
    public CompletableFuture<AgentResult> result() {
      // a copy: whatever the caller does with it (orTimeout, complete, cancel) leaves the run's
      // own future, and so cancel() and the run's outcome, untouched
      // (not future.copy(), which fails with a CompletionException around the run's exception)
      CompletableFuture<AgentResult> copy = new CompletableFuture<>();
      future.whenComplete((r, t) -> {
        if (t != null) {
          copy.completeExceptionally(t);
        } else {
          copy.complete(r);
        }
      });
      copy.whenComplete((r, t) -> {
        if (copy.isCancelled()) {
          cancel("the run's result future was cancelled");
        }
      });
      return copy;
    }

    @Override
    public void cancel(String reason) {
      // "still running" is the run's own ended flag, never a future a caller may have completed
      ctx.cancel(reason);
    }

    @Override
    public AgentResult join() {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof AgentRuntimeException are) {
          throw are;
        }
        throw e;
      }
    }
  }
}
