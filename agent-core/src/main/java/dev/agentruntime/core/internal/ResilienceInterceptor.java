package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.TextSink;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stage {@link Stage#RESILIENCE}: fallback → circuit breaker → retry → per-attempt timeout, on
 * resilience4j. Breakers and retries are per model ({@code model:provider/name}) and per tool
 * ({@code tool:name}) and shared by every run of the runtime.
 */
public final class ResilienceInterceptor implements AgentInterceptor {
  private final ResiliencePolicy policy;
  private final RuntimeCoreRef core;
  private final ConcurrentHashMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Retry> retries = new ConcurrentHashMap<>();
  private final io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakerRegistry;
  private final io.github.resilience4j.retry.RetryRegistry retryRegistry;
  /** Names for clients that do not say which model they are: by instance, never by hash code. */
  private volatile com.github.benmanes.caffeine.cache.Cache<ModelClient, String> anonymousClients;
  private final java.util.concurrent.atomic.AtomicInteger anonymousIds = new java.util.concurrent.atomic.AtomicInteger();
  private final CircuitBreakerConfig breakerConfig;
  private final TimeLimiter modelTimeLimiter;
  private final TimeLimiter toolTimeLimiter;
  private final TimeLimiter sideEffectTimeLimiter;

  /** Late-bound access to the engine (the interceptor is built before the engine). */
  public static final class RuntimeCoreRef {
    volatile RuntimeCore core;

    /** @param value the engine */
    public void set(RuntimeCore value) {
      this.core = value;
    }
  }

  /**
   * @param policy the policy
   * @param core the engine, set once it exists
   * @param breakerRegistry where the circuit breakers are created (resilience4j registry)
   * @param retryRegistry where the retries are created (resilience4j registry)
   */
  public ResilienceInterceptor(ResiliencePolicy policy, RuntimeCoreRef core,
      io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakerRegistry,
      io.github.resilience4j.retry.RetryRegistry retryRegistry) {
    this.policy = policy;
    this.core = core;
    this.breakerRegistry = breakerRegistry;
    this.retryRegistry = retryRegistry;
    CircuitBreakerPolicy cb = policy.circuitBreaker();
    this.breakerConfig =
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(cb.slidingWindowSize())
            .minimumNumberOfCalls(cb.minimumNumberOfCalls())
            .failureRateThreshold(cb.failureRateThreshold())
            .waitDurationInOpenState(cb.waitDurationInOpenState())
            .permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
            .recordException(this::countsAsFailure)
            // neither success nor failure (also on the breaker's metrics and events)
            .ignoreException(this::isNeutral)
            .clock(policy.circuitClock())
            .build();
    this.modelTimeLimiter = timeLimiter(policy.modelAttemptTimeout(), true);
    this.toolTimeLimiter = timeLimiter(policy.toolAttemptTimeout(), true);
    // a side-effecting tool is never interrupted mid-way: it completes and stores its result,
    // which the retry then finds in the idempotency store
    this.sideEffectTimeLimiter = timeLimiter(policy.toolAttemptTimeout(), false);
  }

  private static TimeLimiter timeLimiter(Duration timeout, boolean interrupt) {
    if (timeout == null) {
      return null;
    }
    return TimeLimiter.of(
        TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(interrupt).build());
  }

  @Override
  public Stage stage() {
    return Stage.RESILIENCE;
  }

  /**
   * @param name a circuit name ({@code model:openai/gpt-4o}, {@code tool:search})
   * @return the breaker's state, if the breaker exists
   */
  public Optional<CircuitBreaker.State> circuitState(String name) {
    CircuitBreaker b = breakers.get(name);
    return b == null ? Optional.empty() : Optional.of(b.getState());
  }

  // ------------------------------------------------------------------ model calls

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    List<ModelClient> fallbacks = policy.fallbackModels();
    if (fallbacks.isEmpty()) {
      return callModel(chain, chain.client(), chain.request());
    }
    Exception first;
    try {
      return callModel(chain, chain.client(), chain.request());
    } catch (Exception e) {
      if (!fallbackEligible(e)) {
        throw e;
      }
      first = e;
    }
    ModelRequest forFallback = chain.request().withModel(null);
    for (int i = 0; i < fallbacks.size(); i++) {
      try {
        return callModel(chain, fallbacks.get(i), forFallback);
      } catch (Exception e) {
        if (!fallbackEligible(e) || i == fallbacks.size() - 1) {
          e.addSuppressed(first);
          throw e;
        }
        first.addSuppressed(e);
      }
    }
    throw first; // unreachable: the loop returns or throws
  }

  private ModelResponse callModel(ModelChain chain, ModelClient target, ModelRequest request)
      throws Exception {
    String name = "model:" + circuitKey(target);
    RunView ctx = chain.context();
    Callable<ModelResponse> attempt;
    if (!chain.streaming()) {
      attempt = timed(() -> chain.proceed(target, request), ctx, modelTimeLimiter,
          t -> modelTimeout(ctx, target, request, t));
    } else {
      attempt = () -> {
        // one sink per attempt: a failed attempt's text is discarded before the next one starts,
        // and a late delta from an abandoned attempt (still running on its thread) goes nowhere
        AttemptSink sink = new AttemptSink(chain.sink());
        try {
          return timed(() -> chain.proceed(target, request, sink), ctx, modelTimeLimiter,
              t -> modelTimeout(ctx, target, request, t)).call();
        } catch (Exception e) {
          sink.abandon(name + " attempt failed: " + describe(e));
          throw e;
        }
      };
    }
    return guarded(name, policy.modelRetry(), attempt, ctx);
  }

  private static ModelCallException modelTimeout(
      RunView ctx, ModelClient target, ModelRequest request, java.util.concurrent.TimeoutException t) {
    String model = request.model() != null ? request.model() : target.info().model();
    return new ModelCallException(ctx.runId(), model,
        "model call attempt timed out (modelAttemptTimeout)", t, ErrorClassification.TRANSIENT, -1, null,
        "timeout");
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** The sink of one streaming attempt: counts what it passed on, stops passing after abandon. */
  private static final class AttemptSink implements TextSink {
    private final TextSink downstream;
    private boolean delivered;
    private boolean closed;

    AttemptSink(TextSink downstream) {
      this.downstream = downstream;
    }

    @Override
    public synchronized void onText(String delta) {
      if (!closed) {
        delivered = true;
        downstream.onText(delta);
      }
    }

    @Override
    public synchronized void onDiscard(String reason) {
      if (!closed) {
        delivered = false;
        downstream.onDiscard(reason);
      }
    }

    synchronized void abandon(String reason) {
      if (!closed) {
        closed = true;
        if (delivered) {
          downstream.onDiscard(reason);
        }
      }
    }
  }

  private String circuitKey(ModelClient client) {
    String key = client.info().key();
    if ("unknown/unknown".equals(key)) {
      return anonymousClients().get(client, c -> "unknown/unknown#" + anonymousIds.incrementAndGet());
    }
    return key;
  }

  /** Built on the first anonymous client: most clients say which model they are. */
  private com.github.benmanes.caffeine.cache.Cache<ModelClient, String> anonymousClients() {
    com.github.benmanes.caffeine.cache.Cache<ModelClient, String> c = anonymousClients;
    if (c == null) {
      synchronized (this) {
        c = anonymousClients;
        if (c == null) {
          c = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().build();
          anonymousClients = c;
        }
      }
    }
    return c;
  }

  private static boolean fallbackEligible(Exception e) {
    return !(e instanceof LimitExceededException
        || e instanceof GuardrailViolationException
        || e instanceof BudgetExceededException
        || e instanceof RateLimitedException
        || e instanceof RunCancelledException
        || e instanceof InterruptedException
        || Thread.currentThread().isInterrupted());
  }

  // ------------------------------------------------------------------ tool calls

  @Override
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    Optional<Tool> tool = chain.tool();
    if (tool.isEmpty()) {
      return chain.proceed(chain.call()); // unknown tool: the transport reports it to the model
    }
    boolean sideEffecting = tool.get().sideEffecting();
    RunView ctx = chain.context();
    String toolName = tool.get().spec().name();
    Callable<ToolResult> attempt =
        timed(() -> chain.proceed(chain.call()), ctx,
            sideEffecting ? sideEffectTimeLimiter : toolTimeLimiter,
            t -> new ToolExecutionException(ctx.runId(), toolName, "tool '" + toolName + "' timed out after "
                + policy.toolAttemptTimeout().toMillis() + "ms (toolAttemptTimeout)", t,
                ErrorClassification.TRANSIENT));
    return guarded(tool.get().circuitName(), policy.toolRetry(), attempt, chain.context());
  }

  // ------------------------------------------------------------------ shared

  private <T> T guarded(String name, RetryPolicy retryPolicy, Callable<T> attempt, RunView ctx)
      throws Exception {
    Callable<T> call = attempt;
    if (retryPolicy.maxRetries() > 0) {
      Retry retry = retries.computeIfAbsent(name, k -> newRetry(name, retryPolicy));
      call = Retry.decorateCallable(retry, call);
    }
    if (!policy.circuitBreaker().enabled()) {
      return call.call();
    }
    CircuitBreaker breaker = breakers.computeIfAbsent(name, this::newBreaker);
    try {
      breaker.acquirePermission();
    } catch (CallNotPermittedException e) {
      throw new CircuitOpenException(ctx.runId(), name, e);
    }
    // CircuitBreaker.decorateCallable, except that a call we cancelled or refused gives its
    // permission back unrecorded, whatever config the breaker was registered with (a shared
    // registry may hold the application's own): in HALF_OPEN it must not close the circuit
    long start = breaker.getCurrentTimestamp();
    try {
      T result = call.call();
      breaker.onResult(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), result);
      return result;
    } catch (Exception e) {
      if (isNeutral(e)) {
        breaker.releasePermission();
      } else {
        breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
      }
      throw e;
    } catch (Error e) {
      breaker.releasePermission();
      throw e;
    }
  }

  /**
   * Whether a failed call says nothing about the backend's health, so the circuit breaker counts
   * it neither as a success nor as a failure: the run was cancelled or interrupted (a cancel, the
   * deadline), or one of the runtime's own policies refused the call (a limit, a budget, a
   * guardrail: {@link dev.agentruntime.core.error.PolicyRefusal}) or ended it
   * ({@link dev.agentruntime.core.error.AgentRuntimeException} other than a model's or tool's
   * failure).
   */
  private boolean isNeutral(Throwable e) {
    if (isCancelled() || ownRun().map(DefaultRunContext::interruptedByUs).orElse(false)) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      // (a SocketTimeoutException is an InterruptedIOException too, but a backend too slow to
      // answer: a failure)
      if (t instanceof InterruptedException
          || t instanceof java.io.InterruptedIOException && !(t instanceof java.net.SocketTimeoutException)
          || t instanceof java.nio.channels.ClosedByInterruptException
          || t instanceof java.util.concurrent.CancellationException
          || t instanceof dev.agentruntime.core.error.PolicyRefusal
          || t instanceof dev.agentruntime.core.error.RunCancelledException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    Throwable t = unwrap(e);
    return t instanceof AgentRuntimeException && !(t instanceof dev.agentruntime.core.error.ModelCallException)
        && !(t instanceof dev.agentruntime.core.error.ToolExecutionException);
  }

  private CircuitBreaker newBreaker(String name) {
    // a registry shared with other runtimes shares the circuit (one backend, one circuit); each
    // runtime tells its own runs (and its global listeners when none of its runs is current)
    CircuitBreaker b = breakerRegistry.circuitBreaker(name, breakerConfig);
    b.getEventPublisher().onStateTransition(e -> {
      RuntimeCore c = core.core;
      if (c == null) {
        return;
      }
      Optional<DefaultRunContext> current = RunScope.current();
      if (current.isPresent() && current.get().core() != c) {
        return; // another runtime's run: that runtime's listener tells it
      }
      CircuitStateChanged event = new CircuitStateChanged(
          current.map(DefaultRunContext::runId).orElse(null), c.clock.instant(), name,
          e.getStateTransition().getFromState().name(), e.getStateTransition().getToState().name());
      if (current.isPresent()) {
        current.get().emit(event);
      } else {
        c.emitGlobal(event);
      }
    });
    return b;
  }

  /** @return the current run, when it is one of this runtime's */
  private Optional<DefaultRunContext> ownRun() {
    RuntimeCore c = core.core;
    return RunScope.current().filter(r -> c != null && r.core() == c);
  }

  private Retry newRetry(String name, RetryPolicy p) {
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(p.maxRetries() + 1)
            .retryOnException(e -> shouldRetry(e, p))
            .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) ->
                delayMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null, p))
            .failAfterMaxAttempts(false)
            .build();
    Retry retry = retryRegistry.retry(name, config);
    if (retry.getRetryConfig() != config) {
      // a registry shared with another runtime holds that runtime's retry under this name (its
      // policy, its classifier): this runtime retries by its own, unregistered (not in the metrics)
      retry = Retry.of(name, config);
    }
    retry.getEventPublisher().onRetry(e -> ownRun().map(DefaultRunContext::view).ifPresent(ctx -> {
      if (ctx.hasListeners()) {
        Throwable last = e.getLastThrowable();
        String type = last == null ? "unknown" : classify(last).errorType();
        ctx.emit(new RetryScheduled(ctx.runId(), ctx.clock().instant(), name,
            e.getNumberOfRetryAttempts(), e.getWaitInterval(), type));
      }
    }));
    return retry;
  }

  private FailureInfo classify(Throwable e) {
    Throwable t = unwrap(e);
    RuntimeCore c = core.core;
    if (c != null) {
      return c.classify(t);
    }
    return dev.agentruntime.core.error.ErrorClassifier.defaults().classify(t);
  }

  private boolean shouldRetry(Throwable e, RetryPolicy p) {
    if (Thread.currentThread().isInterrupted() || isCancelled()) {
      return false;
    }
    Throwable t = unwrap(e);
    if (t instanceof AgentRuntimeException && !(t instanceof dev.agentruntime.core.error.ModelCallException)
        && !(t instanceof dev.agentruntime.core.error.ToolExecutionException)) {
      return false; // limits, guardrails, budgets, rate limits of ours, cancellation, open circuits
    }
    FailureInfo info = classify(t);
    boolean retryable =
        info.classification() == ErrorClassification.TRANSIENT
            || (p.retryUnknown() && info.classification() == ErrorClassification.UNKNOWN);
    if (!retryable) {
      return false;
    }
    return info.retryAfter() == null || info.retryAfter().compareTo(p.maxRetryAfter()) <= 0;
  }

  private static boolean isCancelled() {
    return RunScope.current().map(DefaultRunContext::isCancelled).orElse(false);
  }

  private long delayMillis(int attempt, Throwable failure, RetryPolicy p) {
    if (failure != null) {
      FailureInfo info = classify(failure);
      if (info.retryAfter() != null && !info.retryAfter().isNegative()) {
        return Math.min(info.retryAfter().toMillis(), p.maxRetryAfter().toMillis());
      }
    }
    long base = p.baseDelay(attempt).toMillis();
    if (p.jitter() == 0) {
      return base;
    }
    double cut = ThreadLocalRandom.current().nextDouble() * p.jitter();
    return Math.max(0, Math.round(base * (1 - cut)));
  }

  private boolean countsAsFailure(Throwable e) {
    Throwable t = unwrap(e);
    if (t instanceof InterruptedException || isCancelled()) {
      return false;
    }
    if (t instanceof AgentRuntimeException && !(t instanceof dev.agentruntime.core.error.ModelCallException)
        && !(t instanceof dev.agentruntime.core.error.ToolExecutionException)) {
      return false;
    }
    return classify(t).classification() != ErrorClassification.PERMANENT;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof ExecutionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private <T> Callable<T> timed(Callable<T> body, RunView ctx, TimeLimiter limiter,
      java.util.function.Function<java.util.concurrent.TimeoutException, Exception> onTimeout) {
    if (limiter == null) {
      return body;
    }
    return () -> {
      RuntimeCore c = core.core;
      FutureTask<T> task = new FutureTask<>(ctx.wrap(body));
      c.executor.execute(task);
      try {
        return limiter.executeFutureSupplier(() -> task);
      } catch (InterruptedException e) {
        task.cancel(true);
        throw e;
      } catch (java.util.concurrent.TimeoutException e) {
        throw onTimeout.apply(e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Exception ex) {
          throw ex;
        }
        throw e;
      }
    };
  }
}
