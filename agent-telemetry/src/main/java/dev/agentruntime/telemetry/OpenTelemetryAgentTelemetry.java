package dev.agentruntime.telemetry;

import static dev.agentruntime.telemetry.GenAiAttributes.*;
import static dev.agentruntime.telemetry.RuntimeAttributes.*;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.RetryScheduled;
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
import io.opentelemetry.context.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/** The OpenTelemetry provider: spans, metrics, opt-in content events and MDC. */
final class OpenTelemetryAgentTelemetry implements AgentTelemetry, AgentEventListener {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(OpenTelemetryAgentTelemetry.class);
  private static final String VERSION = "0.1.0";
  private static final String[] MDC_KEYS = {MDC_TRACE_ID, MDC_SPAN_ID, MDC_RUN_ID, MDC_SESSION_ID};
  private static final List<String> FINISH_STOP = List.of("stop");
  private static final List<String> FINISH_TOOL_CALLS = List.of("tool_calls");

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
    volatile boolean providerKnown;

    RunState(Span span, boolean providerKnown) {
      this.span = span;
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
    RunState state = new RunState(span, info != null);
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
      recordError(span, e);
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
    try (Scope ignored = parent.with(span).makeCurrent(); MdcScope m = mdcScope(span, ctx)) {
      ModelResponse response = chain.proceed(request);
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
      Attributes[] metricAttrs = successAttributes(info, model, responseModel);
      metrics.operationDuration.record(seconds, metricAttrs[0]);
      metrics.tokenUsage.record(u.inputTokens(), metricAttrs[1]);
      metrics.tokenUsage.record(u.outputTokens(), metricAttrs[2]);
      Object cost = response.metadata().get(COST_METADATA_KEY);
      if (cost instanceof BigDecimal c) {
        span.setAttribute(COST_USD, c.doubleValue());
        AttributesBuilder ca = Attributes.builder().put(REQUEST_MODEL, model);
        if (responseModel != null) {
          ca.put(RESPONSE_MODEL, responseModel);
        }
        if (ctx.tenantId() != null) {
          ca.put(TENANT_ID, ctx.tenantId());
        }
        metrics.cost.add(c.doubleValue(), ca.build());
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
      metrics.operationDuration.record(seconds, metricAttributes(info, model, null, errorType));
      throw e;
    } finally {
      span.end();
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
  private record MetricKey(ModelInfo info, String model, String responseModel) {}

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
   * @return a low-cardinality error type: the HTTP status of a model failure when known, the class
   *     name of what a tool threw, else the exception's class name
   */
  static String errorType(Throwable t) {
    if (t instanceof ModelCallException m && m.statusCode() > 0) {
      return m.errorType();
    }
    if (t instanceof ToolExecutionException && t.getCause() != null) {
      return t.getCause().getClass().getName(); // what the tool threw, not the runtime's wrapper
    }
    return t.getClass().getName();
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
