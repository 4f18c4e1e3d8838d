package dev.agentruntime.examples;

import dev.agentruntime.telemetry.AgentTelemetry;
import dev.agentruntime.telemetry.console.ConsoleRunTreeExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The examples' telemetry: an OpenTelemetry SDK configured by the SDK's autoconfigure module from
 * the standard {@code OTEL_*} environment variables ({@code OTEL_EXPORTER_OTLP_ENDPOINT},
 * {@code OTEL_SERVICE_NAME}, {@code OTEL_RESOURCE_ATTRIBUTES}, {@code OTEL_TRACES_EXPORTER}, ...),
 * so an operator points the example at a collector without code, plus the console run tree.
 * Without an OTLP endpoint nothing is exported (no connection attempts to a collector that is not
 * there); with one, traces, metrics and logs go to it over OTLP.
 */
final class ExampleTelemetry implements AutoCloseable {
  private final OpenTelemetrySdk sdk;
  private final AgentTelemetry telemetry;

  private ExampleTelemetry(OpenTelemetrySdk sdk) {
    this.sdk = sdk;
    this.telemetry = AgentTelemetry.builder().openTelemetry(sdk).build();
  }

  /**
   * @param out where the console run tree goes
   * @param env the environment; its {@code OTEL_*} variables configure the SDK
   * @return the telemetry; close it after the runtime to flush what is still buffered
   */
  static ExampleTelemetry create(PrintStream out, Map<String, String> env) {
    Map<String, String> properties = new HashMap<>();
    properties.put("otel.service.name", "agent-runtime-example");
    boolean endpoint = env.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")
        || env.containsKey("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    String exporter = endpoint ? "otlp" : "none";
    properties.put("otel.traces.exporter", exporter);
    properties.put("otel.metrics.exporter", exporter);
    properties.put("otel.logs.exporter", exporter);
    // OTEL_FOO_BAR -> otel.foo.bar: the variables given win over the defaults above (the process
    // environment is read by autoconfigure itself too; this also serves an env handed in by tests)
    env.forEach((k, v) -> {
      if (k.startsWith("OTEL_")) {
        properties.put(k.toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> properties)
        .addTracerProviderCustomizer((tracers, config) ->
            tracers.addSpanProcessor(SimpleSpanProcessor.create(new ConsoleRunTreeExporter(out))))
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
    return new ExampleTelemetry(sdk);
  }

  /** @return the interceptor to add to the runtime */
  AgentTelemetry interceptor() {
    return telemetry;
  }

  /** Flushes and shuts the SDK down. */
  @Override
  public void close() {
    telemetry.close();
    sdk.close();
  }
}
