package dev.agentruntime.telemetry;

import static dev.agentruntime.telemetry.GenAiAttributes.*;
import static dev.agentruntime.telemetry.RuntimeAttributes.*;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.error.ErrorTypes;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.telemetry.internal.Instruments;
import dev.agentruntime.telemetry.internal.MdcScope;
import dev.agentruntime.telemetry.internal.MessageEncoder;
import dev.agentruntime.telemetry.internal.Refusals;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.logs.LogRecordBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** The OpenTelemetry provider: spans, metrics, opt-in content events and MDC. */
final class OpenTelemetryAgentTelemetry implements AgentTelemetry, AgentEventListener {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(OpenTelemetryAgentTelemetry.class);
  private static final String VERSION = "0.1.0";
  private static final String[] MDC_KEYS = {MDC_TRACE_ID, MDC_SPAN_ID, MDC_RUN_ID, MDC_SESSION_ID};
  private static final List<String> FINISH_STOP = List.of("stop");
  private static final List<String> FINISH_TOOL_CALLS = List.of("tool_calls");
  /**
   * The attempts of the model call in progress (or {@link #NO_ATTEMPTS}, so that a call made within
   * another call's scope never reaches the outer one's), told of each retry the runtime schedules.
   */
  private static final ContextKey<Object> ATTEMPTS = ContextKey.named("agent-runtime.telemetry.attempts");
  private static final Object NO_ATTEMPTS = new Object();

  private final Tracer tracer;
  private final Instruments metrics;
  private final Logger eventLogger;
  private final ContentCapture capture;
  private final MessageEncoder encoder;
  private final boolean legacy;
  private final boolean mdc;
  private final Runnable onClose;
  private final ConcurrentHashMap<String, RunState> runs = new ConcurrentHashMap<>();

  /** Per-run state, found by run id from any thread the run uses. */
  private static final class RunState {
    final Span span;
    final AtomicReference<BigDecimal> cost = new AtomicReference<>();
    final @Nullable String tenantId;
    volatile boolean providerKnown;
    /** The refusal last counted on a model or tool call, so the run does not count it again. */
    volatile Throwable countedRefusal;

    RunState(Span span, boolean providerKnown, @Nullable String tenantId) {
      this.span = span;
      this.tenantId = tenantId;
      this.providerKnown = providerKnown;
    }
  }

  OpenTelemetryAgentTelemetry(OpenTelemetry otel, ContentCapture capture, UnaryOperator<String> redactor,
      SemconvMode mode, boolean mdc, Runnable onClose) {
    this.tracer = otel.tracerBuilder(INSTRUMENTATION_NAME).setInstrumentationVersion(VERSION)
        .setSchemaUrl("https://opentelemetry.io/schemas/" + SEMCONV_VERSION).build();
    this.metrics = new Instruments(otel.meterBuilder(INSTRUMENTATION_NAME)
        .setInstrumentationVersion(VERSION).build());
    this.eventLogger = otel.getLogsBridge().loggerBuilder(INSTRUMENTATION_NAME)
        .setInstrumentationVersion(VERSION).build();
    this.capture = capture;
    this.encoder = new MessageEncoder(redactor);
    this.legacy = mode == SemconvMode.LATEST_AND_LEGACY;
    this.mdc = mdc;
    this.onClose = onClose;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void close() {
    if (onClose != null) {
      onClose.run();
    }
  }

  // ================================================================== run

  @Override
  @SuppressWarnings("try") // scopes are held for their side effect
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    String agent = ctx.agentName();
    ModelInfo info = runtimeModel(ctx);
    SpanBuilder sb = tracer.spanBuilder(agent == null ? OPERATION_INVOKE_AGENT : OPERATION_INVOKE_AGENT + " " + agent)
        .setSpanKind(SpanKind.INTERNAL)
        .setAttribute(OPERATION_NAME, OPERATION_INVOKE_AGENT)
        .setAttribute(RUN_ID, ctx.runId());
    if (agent != null) {
      sb.setAttribute(AGENT_NAME, agent);
    }
    if (info != null) {
      provider(sb, info.provider());
      sb.setAttribute(REQUEST_MODEL, info.model());
    }
    if (ctx.sessionId() != null) {
      sb.setAttribute(CONVERSATION_ID, ctx.sessionId());
    }
    if (ctx.tenantId() != null) {
      sb.setAttribute(TENANT_ID, ctx.tenantId());
    }
    Span span = sb.startSpan();
    RunState state = new RunState(span, info != null, ctx.tenantId());
    runs.put(ctx.runId(), state);
    Attributes agentAttrs = agent == null ? Attributes.empty() : Attributes.of(AGENT_NAME, agent);
    metrics.activeRuns.add(1, agentAttrs);
    long t0 = System.nanoTime();
    String outcome = "failed";
    long steps = 0;
    try (Scope ignored = span.makeCurrent(); MdcScope m = mdcScope(span, ctx)) {
      AgentResult result = chain.proceed(chain.input());
      outcome = result.stopReason().name().toLowerCase(Locale.ROOT);
      steps = result.steps();
      result.limitReached().ifPresent(l -> span.setAttribute(RUN_LIMIT, l.name()));
      totals(span, result.usage(), steps, result.modelCalls().size(), result.toolCalls().size());
      return result;
    } catch (Throwable e) {
      outcome = unwrap(e) instanceof RunCancelledException ? "cancelled" : "failed";
      steps = ctx.currentStep();
      totals(span, ctx.usage(), steps, ctx.modelCallCount(), ctx.toolCallCount());
      Throwable t = unwrap(e);
      recordError(span, e);
      if (state.countedRefusal != t) {
        countRefusal(t, OPERATION_INVOKE_AGENT);
      }
      throw e;
    } finally {
      runs.remove(ctx.runId(), state);
      BigDecimal cost = state.cost.get();
      if (cost != null) {
        span.setAttribute(RUN_COST_USD, cost.doubleValue());
      }
      span.setAttribute(RUN_OUTCOME, outcome);
      span.end();
      double seconds = (System.nanoTime() - t0) / 1e9;
      Attributes outcomeAttrs = agentAttrs.toBuilder().put(RUN_OUTCOME, outcome).build();
      metrics.activeRuns.add(-1, agentAttrs);
      metrics.runs.add(1, outcomeAttrs);
      metrics.runDuration.record(seconds, outcomeAttrs);
      metrics.runSteps.record(steps, agentAttrs);
    }
  }

  private static ModelInfo runtimeModel(RunView ctx) {
    // a custom loop without the runtime's model: learnt from the first chat call instead
    ModelInfo info = ctx.modelInfo().orElse(null);
    return info == null || info == ModelInfo.UNKNOWN ? null : info;
  }

  private static void totals(Span span, TokenUsage usage, long steps, long modelCalls, long toolCalls) {
    span.setAttribute(RUN_STEPS, steps);
    span.setAttribute(RUN_MODEL_CALLS, modelCalls);
    span.setAttribute(RUN_TOOL_CALLS, toolCalls);
    span.setAttribute(RUN_INPUT_TOKENS, usage.inputTokens());
    span.setAttribute(RUN_OUTPUT_TOKENS, usage.outputTokens());
    if (usage.cachedInputTokens() > 0) {
      span.setAttribute(RUN_CACHE_READ_TOKENS, usage.cachedInputTokens());
    }
    if (usage.reasoningTokens() > 0) {
      span.setAttribute(RUN_REASONING_TOKENS, usage.reasoningTokens());
    }
  }

  // ================================================================== model call

  @Override
  @SuppressWarnings("try") // scopes are held for their side effect
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    RunView ctx = chain.context();
    ModelRequest request = chain.request();
    ModelInfo info = chain.model();
    String model = chain.requestModel();
    SpanBuilder sb = tracer.spanBuilder(OPERATION_CHAT + " " + model)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(OPERATION_NAME, OPERATION_CHAT)
        .setAttribute(REQUEST_MODEL, model);
    provider(sb, info.provider());
    if (info.serverAddress() != null) {
      sb.setAttribute(SERVER_ADDRESS, info.serverAddress());
      if (info.serverPort() > 0) {
        sb.setAttribute(SERVER_PORT, info.serverPort());
      }
    }
    if (request.temperature() != null) {
      sb.setAttribute(REQUEST_TEMPERATURE, request.temperature());
    }
    if (request.maxOutputTokens() != null) {
      sb.setAttribute(REQUEST_MAX_TOKENS, request.maxOutputTokens().longValue());
    }
    if (chain.streaming()) {
      sb.setAttribute(REQUEST_STREAM, true);
    }
    if (ctx.sessionId() != null) {
      sb.setAttribute(CONVERSATION_ID, ctx.sessionId());
    }
    sb.setAttribute(RUN_ID, ctx.runId());
    if (ctx.currentStep() > 0) {
      sb.setAttribute(STEP, ctx.currentStep());
    }
    RunState state = runs.get(ctx.runId());
    Context parent = parentContext(state);
    Span span = sb.setParent(parent).startSpan();
    if (state != null && !state.providerKnown && info != ModelInfo.UNKNOWN) {
      state.providerKnown = true;
      state.span.setAttribute(PROVIDER_NAME, info.provider());
      state.span.setAttribute(REQUEST_MODEL, model);
      if (legacy) {
        state.span.setAttribute(LEGACY_SYSTEM, SemconvMode.legacySystemName(info.provider()));
      }
    }
    long t0 = System.nanoTime();
    // one wrapper per call around the addressed client sees every attempt that reaches the provider
    // (retries happen below this interceptor). Only for clients that say which model they are: the
    // resilience stage names an anonymous client's circuit by instance, so it must not see a new one.
    Attempts attempts = UNKNOWN_KEY.equals(info.key()) ? null : new Attempts(chain.client(), span, model);
    Context callContext = parent.with(span).with(ATTEMPTS, attempts == null ? NO_ATTEMPTS : attempts);
    try (Scope ignored = callContext.makeCurrent(); MdcScope m = mdcScope(span, ctx)) {
      ModelResponse response = attempts == null ? chain.proceed(request) : chain.proceed(attempts, request);
      double seconds = (System.nanoTime() - t0) / 1e9;
      String responseModel = response.responseModel();
      if (responseModel != null) {
        span.setAttribute(RESPONSE_MODEL, responseModel);
      }
      if (response.responseId() != null) {
        span.setAttribute(RESPONSE_ID, response.responseId());
      }
      span.setAttribute(RESPONSE_FINISH_REASONS, finishReasons(response));
      TokenUsage u = response.usage();
      span.setAttribute(USAGE_INPUT_TOKENS, u.inputTokens());
      span.setAttribute(USAGE_OUTPUT_TOKENS, u.outputTokens());
      if (u.cachedInputTokens() > 0) {
        span.setAttribute(USAGE_CACHE_READ_INPUT_TOKENS, u.cachedInputTokens());
      }
      if (u.cacheWriteInputTokens() > 0) {
        span.setAttribute(USAGE_CACHE_CREATION_INPUT_TOKENS, u.cacheWriteInputTokens());
      }
      if (u.reasoningTokens() > 0) {
        span.setAttribute(USAGE_REASONING_OUTPUT_TOKENS, u.reasoningTokens());
      }
      // a call a resumed run took from its journal reached no provider: the run that made it
      // recorded its latency, tokens and cost; the span stays, marked, so the trace is whole
      boolean replayed = Boolean.TRUE.equals(response.metadata().get(DurableRuns.REPLAYED));
      if (replayed) {
        span.setAttribute(REPLAYED, true);
      }
      Attributes[] metricAttrs = successAttributes(info, model, responseModel);
      long answeredAt = attempts == null ? -1 : attempts.answeredBy();
      if (answeredAt == -1 && !replayed) {
        // no attempt went through the wrapper (an anonymous client), or a fallback model answered
        // after the addressed model's attempts failed: time it from the last attempt's end
        long from = attempts == null ? t0 : Math.max(t0, attempts.lastEndNanos());
        metrics.operationDuration.record((System.nanoTime() - from) / 1e9, metricAttrs[0]);
      }
      if (attempts != null) {
        attempts.close(null);
        if (attempts.ttftSeconds >= 0) {
          span.setAttribute(RESPONSE_TIME_TO_FIRST_CHUNK, attempts.ttftSeconds);
        }
      }
      if (!replayed) {
        metrics.tokenUsage.record(u.inputTokens(), metricAttrs[1]);
        metrics.tokenUsage.record(u.outputTokens(), metricAttrs[2]);
      }
      Object cost = response.metadata().get(COST_METADATA_KEY);
      if (cost instanceof BigDecimal c) {
        span.setAttribute(COST_USD, c.doubleValue());
        if (!replayed) {
          AttributesBuilder ca = Attributes.builder().put(REQUEST_MODEL, model);
          if (responseModel != null) {
            ca.put(RESPONSE_MODEL, responseModel);
          }
          if (ctx.tenantId() != null) {
            ca.put(TENANT_ID, ctx.tenantId());
          }
          metrics.cost.add(c.doubleValue(), ca.build());
        }
        if (state != null) {
          state.cost.accumulateAndGet(c, (a, b) -> a == null ? b : a.add(b));
        }
      }
      if (capture != ContentCapture.NONE) {
        recordContent(span, request, response);
      }
      return response;
    } catch (Throwable e) {
      double seconds = (System.nanoTime() - t0) / 1e9;
      String errorType = recordError(span, e);
      Throwable t = unwrap(e);
      if (countRefusal(t, OPERATION_CHAT)) {
        // the runtime refused the call: no request reached the provider, so it is no model latency
        // and no provider error (gen_ai.client.operation.duration stays the provider's)
        if (state != null) {
          state.countedRefusal = t;
        }
      } else if (attempts == null || attempts.count() == 0) {
        metrics.operationDuration.record(seconds, metricAttributes(info, model, null, errorType));
      }
      if (attempts != null) {
        attempts.close(errorType);
      }
      throw e;
    } finally {
      span.end();
    }
  }

  private static final String UNKNOWN_KEY = ModelInfo.UNKNOWN.key();

  /**
   * Counts a refusal by one of the runtime's own policies.
   *
   * @return whether {@code t} was one
   */
  private boolean countRefusal(Throwable t, String operation) {
    String[] refusal = Refusals.of(t);
    if (refusal == null) {
      return false;
    }
    metrics.policyRefusals.add(1, Attributes.of(ERROR_TYPE, refusal[0], POLICY, refusal[1], OPERATION_NAME, operation));
    return true;
  }

  /**
   * The addressed model client as the chain below sees it for one model call: every attempt that
   * reaches the provider passes through here. Each attempt's duration and outcome go into
   * {@code gen_ai.client.operation.duration} (so backoff waits never do), a streamed attempt's
   * time to first chunk into its histogram, and — when the call needed more than one attempt — each
   * attempt becomes a child span of the chat span with its own status and {@code error.type}.
   */
  private final class Attempts implements ModelClient {
    private final ModelClient delegate;
    private final Span chatSpan;
    private final String model;
    private final List<Attempt> all = new ArrayList<>(2);
    private boolean closed;
    /** Time to first chunk of the attempt that answered, seconds; -1 when none streamed. */
    volatile double ttftSeconds = -1;

    Attempts(ModelClient delegate, Span chatSpan, String model) {
      this.delegate = delegate;
      this.chatSpan = chatSpan;
      this.model = model;
    }

    /** One attempt. Guarded by the enclosing {@code Attempts}. */
    private final class Attempt {
      final int number;
      final Instant start = Instant.now();
      final long startNanos = System.nanoTime();
      Span span; // null while the first attempt is the only one
      boolean done;
      boolean ok;
      boolean settled;
      /** The runtime gave up on it: it scheduled a retry, or cancelled the thread it ran on. */
      boolean givenUp;
      String responseModel;
      Instant end;
      long endNanos;
      String errorType;
      Throwable error;
      volatile long firstChunkNanos = -1;

      Attempt(int number) {
        this.number = number;
      }
    }

    @Override
    public ModelInfo info() {
      return delegate.info();
    }

    @Override
    public ModelResponse chat(ModelRequest request) throws Exception {
      Attempt a = begin();
      try {
        return finish(a, delegate.chat(request), null);
      } catch (Throwable e) {
        finish(a, null, e);
        throw e;
      }
    }

    @Override
    public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta) throws Exception {
      Attempt a = begin();
      Consumer<String> timed = delta -> {
        if (a.firstChunkNanos < 0) {
          a.firstChunkNanos = System.nanoTime();
        }
        onTextDelta.accept(delta);
      };
      try {
        return finish(a, delegate.chatStreaming(request, timed), null);
      } catch (Throwable e) {
        finish(a, null, e);
        throw e;
      }
    }

    synchronized int count() {
      return all.size();
    }

    /** The runtime scheduled a retry: it gave up on the latest attempt, even one that still answers. */
    synchronized void retryScheduled() {
      if (!all.isEmpty()) {
        all.get(all.size() - 1).givenUp = true;
      }
    }

    synchronized long lastEndNanos() {
      return all.isEmpty() ? -1 : all.get(all.size() - 1).endNanos;
    }

    /** @return the last attempt's number when it answered the call, else -1 (a fallback did) */
    synchronized long answeredBy() {
      if (all.isEmpty()) {
        return -1;
      }
      Attempt last = all.get(all.size() - 1);
      return last.done && last.ok ? last.number : -1;
    }

    private synchronized Attempt begin() {
      Attempt a = new Attempt(all.size() + 1);
      // an earlier attempt still running was given up by the runtime: its attempt timed out
      for (Attempt earlier : all) {
        if (!earlier.done) {
          abandon(earlier, "timeout");
        } else if (!earlier.settled) {
          if (earlier.givenUp) {
            discard(earlier, "timeout"); // it answered, but after the runtime had moved on
          } else {
            settle(earlier); // the runtime used its answer and asks again (a guardrail's re-ask)
          }
        }
      }
      if (a.number == 2) {
        // the first attempt (settled above) becomes a span now that there is a second one
        Attempt first = all.get(0);
        first.span = attemptSpan(first);
        endAttemptSpan(first);
      }
      if (a.number >= 2 && !closed) {
        a.span = attemptSpan(a);
      }
      all.add(a);
      return a;
    }

    private ModelResponse finish(Attempt a, ModelResponse response, Throwable failure) {
      synchronized (this) {
        if (a.done) {
          return response; // abandoned earlier: recorded then
        }
        a.done = true;
        a.end = Instant.now();
        a.endNanos = System.nanoTime();
        a.ok = failure == null;
        if (failure != null) {
          a.error = unwrap(failure);
          a.errorType = errorType(a.error);
          settle(a);
        } else {
          // an answer counts once the runtime used it: a timed-out attempt can still return one
          // after the runtime gave up on it (settled as timeout when the next attempt starts; one
          // the runtime used is settled then, or when the call ends). An attempt timeout cancels
          // the attempt's thread.
          a.responseModel = response.responseModel();
          if (Thread.currentThread().isInterrupted()) {
            a.givenUp = true;
          }
        }
      }
      return response;
    }

    /** Records a finished attempt's duration, time to first chunk and span, once. Guarded. */
    private void settle(Attempt a) {
      if (a.settled) {
        return;
      }
      a.settled = true;
      Attributes attrs = metricAttributes(delegate.info(), model, a.ok ? a.responseModel : null, a.errorType);
      metrics.operationDuration.record((a.endNanos - a.startNanos) / 1e9, attrs);
      if (a.firstChunkNanos >= 0) {
        double ttft = (a.firstChunkNanos - a.startNanos) / 1e9;
        metrics.timeToFirstChunk.record(ttft, attrs);
        if (a.ok) {
          ttftSeconds = ttft;
        }
      }
      if (a.span != null) {
        endAttemptSpan(a);
      }
    }

    /** An attempt whose answer the runtime did not use: it had given up on it (attempt timeout). */
    private void discard(Attempt a, String errorType) {
      a.ok = false;
      a.errorType = errorType;
      settle(a);
    }

    /**
     * The call ended: its last attempt answered it when {@code errorType} is null; attempts still
     * running, or answering after the runtime gave up on them, were abandoned (timeout, cancellation,
     * deadline).
     */
    synchronized void close(String errorType) {
      closed = true;
      for (int i = 0; i < all.size(); i++) {
        Attempt a = all.get(i);
        if (!a.done) {
          abandon(a, errorType == null ? "timeout" : errorType);
        } else if (!a.settled) {
          if (errorType == null && i == all.size() - 1) {
            settle(a);
          } else {
            discard(a, errorType == null ? "timeout" : errorType);
          }
        }
      }
    }

    private void abandon(Attempt a, String errorType) {
      a.done = true;
      a.settled = true;
      a.end = Instant.now();
      a.endNanos = System.nanoTime();
      a.errorType = errorType;
      metrics.operationDuration.record((a.endNanos - a.startNanos) / 1e9,
          metricAttributes(delegate.info(), model, null, errorType));
      if (a.span != null) {
        endAttemptSpan(a);
      }
    }

    private Span attemptSpan(Attempt a) {
      ModelInfo info = delegate.info();
      SpanBuilder sb = tracer.spanBuilder("attempt " + a.number + " " + OPERATION_CHAT + " " + model)
          .setParent(Context.root().with(chatSpan))
          .setSpanKind(SpanKind.INTERNAL)
          .setStartTimestamp(a.start)
          .setAttribute(ATTEMPT, (long) a.number)
          .setAttribute(REQUEST_MODEL, model);
      provider(sb, info.provider());
      if (info.serverAddress() != null) {
        sb.setAttribute(SERVER_ADDRESS, info.serverAddress());
        if (info.serverPort() > 0) {
          sb.setAttribute(SERVER_PORT, info.serverPort());
        }
      }
      return sb.startSpan();
    }

    private void endAttemptSpan(Attempt a) {
      if (a.firstChunkNanos >= 0) {
        a.span.setAttribute(RESPONSE_TIME_TO_FIRST_CHUNK, (a.firstChunkNanos - a.startNanos) / 1e9);
      }
      if (a.ok) {
        a.span.setStatus(StatusCode.OK);
      } else {
        if (a.errorType != null) {
          a.span.setAttribute(ERROR_TYPE, a.errorType);
        }
        if (a.error != null) {
          a.span.setStatus(StatusCode.ERROR, String.valueOf(a.error.getMessage()));
          a.span.recordException(a.error);
        } else {
          // given up while still running: its thread may still be blocked in the client
          a.span.setStatus(StatusCode.ERROR, "attempt abandoned by the runtime (" + a.errorType + ")");
        }
      }
      a.span.end(a.end);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  private static List<String> finishReasons(ModelResponse response) {
    switch (response.finishReason()) {
      case STOP:
        return FINISH_STOP;
      case TOOL_CALLS:
        return FINISH_TOOL_CALLS;
      default:
        return List.of(response.finishReason().wireName());
    }
  }

  /** Metric attributes of successful calls, built once per model and endpoint (bounded). */
  /**
   * A metric-attributes cache key. Its equality is written out, component-wise as a record's own:
   * the generated one is bootstrapped through method handles on its first call (cold start).
   */
  private record MetricKey(ModelInfo info, String model, String responseModel) {
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof MetricKey k && java.util.Objects.equals(info, k.info) && java.util.Objects.equals(model, k.model)
          && java.util.Objects.equals(responseModel, k.responseModel);
    }

    @Override
    public int hashCode() {
      return (31 * java.util.Objects.hashCode(info) + java.util.Objects.hashCode(model)) * 31
          + java.util.Objects.hashCode(responseModel);
    }
  }

  private static final int MAX_CACHED_ATTRIBUTE_SETS = 1024;
  private final ConcurrentHashMap<MetricKey, Attributes[]> successAttributes = new ConcurrentHashMap<>();

  /** @return attributes for the duration, input-token and output-token points */
  private Attributes[] successAttributes(ModelInfo info, String model, String responseModel) {
    MetricKey key = new MetricKey(info, model, responseModel);
    Attributes[] cached = successAttributes.get(key);
    if (cached != null) {
      return cached;
    }
    Attributes base = metricAttributes(info, model, responseModel, null);
    Attributes[] built = {base, base.toBuilder().put(TOKEN_TYPE, TOKEN_TYPE_INPUT).build(),
        base.toBuilder().put(TOKEN_TYPE, TOKEN_TYPE_OUTPUT).build()};
    if (successAttributes.size() < MAX_CACHED_ATTRIBUTE_SETS) {
      successAttributes.put(key, built);
    }
    return built;
  }

  private Attributes metricAttributes(ModelInfo info, String model, String responseModel, String errorType) {
    AttributesBuilder b = Attributes.builder()
        .put(OPERATION_NAME, OPERATION_CHAT)
        .put(PROVIDER_NAME, info.provider())
        .put(REQUEST_MODEL, model);
    if (legacy) {
      b.put(LEGACY_SYSTEM, SemconvMode.legacySystemName(info.provider()));
    }
    if (responseModel != null) {
      b.put(RESPONSE_MODEL, responseModel);
    }
    if (info.serverAddress() != null) {
      b.put(SERVER_ADDRESS, info.serverAddress());
      if (info.serverPort() > 0) {
        b.put(SERVER_PORT, (long) info.serverPort());
      }
    }
    if (errorType != null) {
      b.put(ERROR_TYPE, errorType);
    }
    return b.build();
  }

  private void recordContent(Span span, ModelRequest request, ModelResponse response) {
    String input;
    String system;
    String output;
    try {
      input = encoder.inputMessages(request.messages());
      system = encoder.systemInstructions(request.messages());
      output = encoder.outputMessages(response.message(), response.finishReason());
    } catch (RuntimeException e) {
      LOG.warn("content not recorded: the redaction hook failed ({})", e.toString());
      return;
    }
    if (capture.onSpans()) {
      span.setAttribute(INPUT_MESSAGES, input);
      if (system != null) {
        span.setAttribute(SYSTEM_INSTRUCTIONS, system);
      }
      span.setAttribute(OUTPUT_MESSAGES, output);
    }
    if (capture.asEvents()) {
      LogRecordBuilder event = eventLogger.logRecordBuilder()
          .setEventName(EVENT_INFERENCE_DETAILS)
          .setContext(Context.current())
          .setAttribute(OPERATION_NAME, OPERATION_CHAT)
          .setAttribute(INPUT_MESSAGES, input)
          .setAttribute(OUTPUT_MESSAGES, output);
      if (system != null) {
        event.setAttribute(SYSTEM_INSTRUCTIONS, system);
      }
      event.emit();
    }
  }

  // ================================================================== tool call

  @Override
  @SuppressWarnings("try") // scopes are held for their side effect
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    RunView ctx = chain.context();
    ToolCall call = chain.call();
    SpanBuilder sb = tracer.spanBuilder(OPERATION_EXECUTE_TOOL + " " + call.name())
        .setSpanKind(SpanKind.INTERNAL)
        .setAttribute(OPERATION_NAME, OPERATION_EXECUTE_TOOL)
        .setAttribute(TOOL_NAME, call.name())
        .setAttribute(TOOL_TYPE, "function")
        .setAttribute(RUN_ID, ctx.runId());
    if (call.id() != null) {
      sb.setAttribute(TOOL_CALL_ID, call.id());
    }
    Optional<Tool> tool = chain.tool();
    if (tool.isPresent()) {
      String description = tool.get().spec().description();
      if (!description.isEmpty()) {
        sb.setAttribute(TOOL_DESCRIPTION, description);
      }
    }
    if (ctx.currentStep() > 0) {
      sb.setAttribute(STEP, ctx.currentStep());
    }
    RunState state = runs.get(ctx.runId());
    Context parent = parentContext(state);
    Span span = sb.setParent(parent).startSpan();
    if (capture != ContentCapture.NONE) {
      redacted(call.arguments()).ifPresent(a -> span.setAttribute(TOOL_CALL_ARGUMENTS, a));
    }
    String outcome = "exception";
    try (Scope ignored = parent.with(span).makeCurrent(); MdcScope m = mdcScope(span, ctx)) {
      ToolResult result = chain.proceed(call);
      if (result.isError()) {
        outcome = "error";
        span.setAttribute(ERROR_TYPE, "tool_error");
        span.setStatus(StatusCode.ERROR, "the tool returned an error result");
      } else {
        outcome = "success";
      }
      if (capture != ContentCapture.NONE) {
        redacted(result.content()).ifPresent(r -> span.setAttribute(TOOL_CALL_RESULT, r));
      }
      return result;
    } catch (Throwable e) {
      recordError(span, e);
      Throwable t = unwrap(e);
      if (countRefusal(t, OPERATION_EXECUTE_TOOL)) {
        outcome = "refused";
        if (state != null) {
          state.countedRefusal = t;
        }
      }
      throw e;
    } finally {
      span.end();
      metrics.toolCalls.add(1, Attributes.of(TOOL_NAME, call.name(), TOOL_OUTCOME, outcome));
    }
  }

  private Optional<String> redacted(String text) {
    try {
      return Optional.of(encoder.redact(text));
    } catch (RuntimeException e) {
      LOG.warn("content not recorded: the redaction hook failed ({})", e.toString());
      return Optional.empty();
    }
  }

  // ================================================================== events

  @Override
  public void onEvent(AgentEvent event) {
    if (event instanceof RetryScheduled r) {
      if (Context.current().get(ATTEMPTS) instanceof Attempts attempts) {
        attempts.retryScheduled();
      }
      Span span = Span.current();
      span.addEvent(EVENT_RETRY, Attributes.builder()
          .put(RETRY_TARGET, r.target())
          .put(RETRY_ATTEMPT, r.attempt())
          .put(RETRY_DELAY_MS, r.delay() == null ? 0 : r.delay().toMillis())
          .put(ERROR_TYPE, String.valueOf(r.errorType()))
          .build());
      span.setAttribute(RETRY_COUNT, r.attempt());
      metrics.retries.add(1, Attributes.of(RETRY_TARGET, r.target(), ERROR_TYPE, String.valueOf(r.errorType())));
    } else if (event instanceof GuardrailTriggered g) {
      AttributesBuilder b = Attributes.builder()
          .put(GUARDRAIL_NAME, g.guardrail())
          .put(GUARDRAIL_POINT, g.point())
          .put(GUARDRAIL_ACTION, g.action());
      Attributes metricAttrs = b.build();
      if (g.reason() != null) {
        redacted(g.reason()).ifPresent(reason -> b.put(GUARDRAIL_REASON, reason));
      }
      Span.current().addEvent(EVENT_GUARDRAIL, b.build());
      metrics.guardrailTriggers.add(1, metricAttrs);
    } else if (event instanceof CircuitStateChanged c) {
      Span span = Span.current();
      span.addEvent(EVENT_CIRCUIT_STATE, Attributes.of(CIRCUIT_NAME, c.circuit(),
          CIRCUIT_PREVIOUS_STATE, c.fromState(), CIRCUIT_STATE, c.toState()));
      span.setAttribute(CIRCUIT_STATE, c.toState());
      metrics.circuitChanges.add(1, Attributes.of(CIRCUIT_NAME, c.circuit(), CIRCUIT_STATE, c.toState()));
    } else if (event instanceof BudgetThresholdReached b) {
      AttributesBuilder ab = Attributes.builder()
          .put(BUDGET_NAME, b.budget())
          .put(BUDGET_THRESHOLD_PERCENT, b.thresholdPercent());
      if (b.spentUsd() != null) {
        ab.put(BUDGET_SPENT_USD, b.spentUsd().doubleValue());
      }
      if (b.limitUsd() != null) {
        ab.put(BUDGET_LIMIT_USD, b.limitUsd().doubleValue());
      }
      Span span = Span.current();
      if (b.spentUsd() != null && b.limitUsd() != null) {
        double left = b.limitUsd().subtract(b.spentUsd()).max(BigDecimal.ZERO).doubleValue();
        ab.put(BUDGET_REMAINING_USD, left);
        span.setAttribute(BUDGET_REMAINING_USD, left);
      }
      span.addEvent(EVENT_BUDGET_THRESHOLD, ab.build());
      metrics.budgetThresholds.add(1, Attributes.of(BUDGET_NAME, b.budget()));
    } else if (event instanceof CostIncurred c && c.abandoned()) {
      // a streaming attempt the runtime abandoned, billed by the provider: no response carries its
      // cost, so it is counted here (an answered call's cost is counted from its response)
      AttributesBuilder ca = Attributes.builder().put(REQUEST_MODEL, c.model());
      RunState state = c.runId() == null ? null : runs.get(c.runId());
      if (state != null && state.tenantId != null) {
        ca.put(TENANT_ID, state.tenantId);
      }
      metrics.cost.add(c.costUsd().doubleValue(), ca.build());
      if (state != null) {
        state.cost.accumulateAndGet(c.costUsd(), (a, b) -> a == null ? b : a.add(b));
      }
    } else if (event instanceof LimitReached l) {
      Span.current().addEvent(EVENT_LIMIT_REACHED, Attributes.of(
          LIMIT_NAME, l.limit().name(), LIMIT_GRACEFUL, l.graceful()));
      metrics.limitsReached.add(1, Attributes.of(LIMIT_NAME, l.limit().name(), LIMIT_GRACEFUL, l.graceful()));
    }
  }

  // ================================================================== shared

  /** The current context, under the run's span when nothing else is current on this thread. */
  private static Context parentContext(RunState state) {
    Context current = Context.current();
    if (state != null && !Span.fromContext(current).getSpanContext().isValid()) {
      return current.with(state.span);
    }
    return current;
  }

  private void provider(SpanBuilder sb, String provider) {
    sb.setAttribute(PROVIDER_NAME, provider);
    if (legacy) {
      sb.setAttribute(LEGACY_SYSTEM, SemconvMode.legacySystemName(provider));
    }
  }

  private MdcScope mdcScope(Span span, RunView ctx) {
    if (!mdc) {
      return MdcScope.NOOP;
    }
    SpanContext sc = span.getSpanContext();
    return MdcScope.put(MDC_KEYS, new String[] {
        sc.isValid() ? sc.getTraceId() : null,
        sc.isValid() ? sc.getSpanId() : null,
        ctx.runId(),
        ctx.sessionId()});
  }

  /** @return the error type recorded */
  private static String recordError(Span span, Throwable e) {
    Throwable t = unwrap(e);
    String type = errorType(t);
    span.setAttribute(ERROR_TYPE, type);
    span.setStatus(StatusCode.ERROR, String.valueOf(t.getMessage()));
    span.recordException(t);
    return type;
  }

  /**
   * @param t a failure
   * @return its low-cardinality error type ({@link ErrorTypes#of}), the value failed
   *     {@code ModelCallCompleted} events carry too
   */
  static String errorType(Throwable t) {
    return ErrorTypes.of(t);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public String toString() {
    return "AgentTelemetry(OpenTelemetry, content=" + capture + ")";
  }
}
