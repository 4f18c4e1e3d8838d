package dev.agentruntime.telemetry;

import dev.agentruntime.telemetry.console.ConsoleRunTreeExporter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.PrintStream;

/**
 * Builds {@link AgentTelemetry#console(PrintStream)}: the only place in the instrumentation that
 * needs the OpenTelemetry SDK (an optional dependency), kept apart so the SDK's classes load only
 * when the console is asked for.
 */
final class ConsoleTelemetry {
  private ConsoleTelemetry() {}

  static AgentTelemetry create(PrintStream out) {
    try {
      return createWithSdk(out);
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("AgentTelemetry.console() needs the OpenTelemetry SDK: add "
          + "io.opentelemetry:opentelemetry-sdk to your dependencies (agent-telemetry itself "
          + "depends on opentelemetry-api only)", e);
    }
  }

  private static AgentTelemetry createWithSdk(PrintStream out) {
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(new ConsoleRunTreeExporter(out)))
        .build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(tracerProvider)
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    AgentTelemetry.Builder b = AgentTelemetry.builder().openTelemetry(sdk);
    b.onClose = sdk::close;
    return b.build();
  }
}
