package dev.agentruntime.telemetry;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.Stage;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Traces, metrics and log correlation for agent runs, following the OpenTelemetry GenAI semantic
 * conventions. Add it to a runtime as an interceptor; it sits at {@link Stage#TELEMETRY}, the
 * outermost stage, so its spans cover guardrails, budgets, retries and failures:
 *
 * <pre>{@code
 * AgentTelemetry telemetry = AgentTelemetry.builder()
 *     .openTelemetry(openTelemetry)          // your application's instance
 *     .build();
 * AgentRuntime runtime = AgentRuntime.builder().model(model).interceptor(telemetry).build();
 * }</pre>
 *
 * <p>Providers: {@link #builder()} with your {@code OpenTelemetry} (or the global one when asked
 * for); {@link #console()} prints each finished run as a tree; {@code InMemoryTelemetry} (artifact
 * {@code agent-testing}, package {@code dev.agentruntime.testing.telemetry}) for tests; {@link #noop()} does nothing at near-zero
 * cost. The library never installs a global {@code OpenTelemetry} itself. Thread-safe: one
 * instance serves every run of a runtime.
 */
public sealed interface AgentTelemetry extends AgentInterceptor, AutoCloseable
    permits OpenTelemetryAgentTelemetry, NoopAgentTelemetry {

  /** MDC key of the current trace id (hex), as OpenTelemetry's log appenders name it. */
  String MDC_TRACE_ID = "trace_id";
  /** MDC key of the current span id (hex). */
  String MDC_SPAN_ID = "span_id";
  /** MDC key of the run id. */
  String MDC_RUN_ID = "run_id";
  /** MDC key of the session (conversation) id. */
  String MDC_SESSION_ID = "session_id";

  /** Instrumentation scope name of every span, metric and event this module emits. */
  String INSTRUMENTATION_NAME = "dev.agentruntime.telemetry";

  /** @return {@link Stage#TELEMETRY} */
  @Override
  default Stage stage() {
    return Stage.TELEMETRY;
  }

  /** @return whether this instance records anything (false for {@link #noop()}) */
  boolean enabled();

  /** Shuts down what this instance created itself (the console provider's SDK); never your SDK. */
  @Override
  void close();

  /** @return a telemetry that records nothing, at near-zero cost per call */
  static AgentTelemetry noop() {
    return NoopAgentTelemetry.INSTANCE;
  }

  /** @return a builder; without an {@code OpenTelemetry} it builds {@link #noop()} */
  static Builder builder() {
    return new Builder();
  }

  /** @return a telemetry printing each finished run to standard output as a readable tree */
  static AgentTelemetry console() {
    return console(System.out);
  }

  /**
   * @param out where to print each finished run as a readable tree (durations, tokens, cost,
   *     retries, guardrail outcomes, errors)
   * @return the console telemetry; {@link #close()} it to flush and stop
   * @throws IllegalStateException when {@code io.opentelemetry:opentelemetry-sdk} (an optional
   *     dependency of this module) is not on the classpath
   */
  static AgentTelemetry console(PrintStream out) {
    Objects.requireNonNull(out, "out must not be null");
    return ConsoleTelemetry.create(out);
  }

  /**
   * Builder for {@link AgentTelemetry}. Every setting is optional; without an
   * {@code OpenTelemetry} it builds the no-op telemetry.
   */
  final class Builder {
    private OpenTelemetry openTelemetry;
    private boolean useGlobal;
    private ContentCapture contentCapture = ContentCapture.NONE;
    private UnaryOperator<String> redactor = UnaryOperator.identity();
    private SemconvMode semconvMode;
    private boolean mdc = true;
    Runnable onClose; // set by ConsoleTelemetry: shuts down the SDK it created

    private Builder() {}

    /**
     * @param value the application's OpenTelemetry (SDK) instance to record into
     * @return this
     */
    public Builder openTelemetry(OpenTelemetry value) {
      this.openTelemetry = value;
      return this;
    }

    /**
     * Records into {@link GlobalOpenTelemetry}, looked up when {@link #build()} is called. The
     * library never sets the global instance.
     *
     * @return this
     */
    public Builder useGlobalOpenTelemetry() {
      this.useGlobal = true;
      return this;
    }

    /**
     * @param value whether prompt and completion content is recorded; {@link ContentCapture#NONE}
     *     by default
     * @return this
     */
    public Builder captureContent(ContentCapture value) {
      this.contentCapture = value;
      return this;
    }

    /**
     * @param value applied to every piece of recorded content before it leaves the process (for
     *     example the PII redactor of agent-guardrails); identity by default. If it throws or
     *     returns null, the content is dropped and the call goes on.
     * @return this
     */
    public Builder redactor(UnaryOperator<String> value) {
      this.redactor = value;
      return this;
    }

    /**
     * @param value which convention names to emit where latest and legacy differ; from
     *     {@code OTEL_SEMCONV_STABILITY_OPT_IN} by default ({@link SemconvMode#fromEnvironment()})
     * @return this
     */
    public Builder semconvMode(SemconvMode value) {
      this.semconvMode = value;
      return this;
    }

    /**
     * @param value whether trace id, span id, run id and session id are put into SLF4J's MDC
     *     while a run's calls execute (true by default)
     * @return this
     */
    public Builder mdc(boolean value) {
      this.mdc = value;
      return this;
    }

    /**
     * @return the telemetry
     * @throws IllegalArgumentException naming the bad setting
     */
    public AgentTelemetry build() {
      if (openTelemetry != null && useGlobal) {
        throw new IllegalArgumentException(
            "openTelemetry and useGlobalOpenTelemetry are both set: choose one");
      }
      if (contentCapture == null) {
        throw new IllegalArgumentException("captureContent must not be null (use ContentCapture.NONE)");
      }
      if (redactor == null) {
        throw new IllegalArgumentException("redactor must not be null (use UnaryOperator.identity())");
      }
      OpenTelemetry otel = useGlobal ? GlobalOpenTelemetry.get() : openTelemetry;
      if (otel == null) {
        return noop();
      }
      SemconvMode mode = semconvMode != null ? semconvMode : SemconvMode.fromEnvironment();
      return new OpenTelemetryAgentTelemetry(otel, contentCapture, redactor, mode, mdc, onClose);
    }
  }
}
