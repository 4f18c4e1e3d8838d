package dev.agentruntime.benchmarks.telemetry;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.benchmarks.support.DiscardingSpanExporter;
import dev.agentruntime.telemetry.AgentTelemetry;
import dev.agentruntime.telemetry.SemconvMode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Overhead of the telemetry interceptor per model call, measured in the same run against a
 * runtime without telemetry ({@code none}): the no-op provider ({@code noop}) and the
 * OpenTelemetry SDK with a batch span processor and a metric reader ({@code sdk}). The model
 * answers instantly, so the difference is the telemetry's own cost (span, attributes, two
 * histograms, events, MDC).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TelemetryOverhead -f 1 -wi 2 -i 3 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TelemetryOverheadBenchmark {

  /** Which telemetry the runtime carries. */
  @Param({"none", "noop", "sdk"})
  public String telemetry;

  private static final ModelResponse RESPONSE = new ModelResponse(AssistantMessage.of("ok"),
      TokenUsage.of(120, 30), FinishReason.STOP, "resp-1", "gpt-4o", null);
  private static final ModelRequest REQUEST = ModelRequest.of(new UserMessage("hello"));

  private AgentRuntime runtime;
  private AgentTelemetry agentTelemetry;
  private OpenTelemetrySdk sdk;
  private ModelClient decorated;

  /** Builds the runtime for the chosen telemetry. */
  @Setup(Level.Trial)
  public void setUp() {
    ModelClient model = new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) {
        return RESPONSE;
      }

      @Override
      public ModelInfo info() {
        return new ModelInfo("openai", "gpt-4o", "api.openai.com", 443);
      }
    };
    AgentRuntime.Builder b = AgentRuntime.builder().model(model)
        .resilience(ResiliencePolicy.none()).limits(RunLimits.none());
    switch (telemetry) {
      case "none":
        break;
      case "noop":
        agentTelemetry = AgentTelemetry.noop();
        b.interceptor(agentTelemetry);
        break;
      case "sdk":
        sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(new DiscardingSpanExporter()).build()).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
            .build();
        agentTelemetry = AgentTelemetry.builder().openTelemetry(sdk).semconvMode(SemconvMode.LATEST).build();
        b.interceptor(agentTelemetry);
        break;
      default:
        throw new IllegalArgumentException("unknown telemetry param: " + telemetry);
    }
    runtime = b.build();
    decorated = runtime.decorate(model);
  }

  /** Stops the runtime and the SDK. */
  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
    if (sdk != null) {
      sdk.close();
    }
  }

  /**
   * One model call through the runtime's chain.
   *
   * @return the response (consumed by JMH)
   * @throws Exception never (the model answers)
   */
  @Benchmark
  public ModelResponse modelCall() throws Exception {
    return decorated.chat(REQUEST);
  }
}
