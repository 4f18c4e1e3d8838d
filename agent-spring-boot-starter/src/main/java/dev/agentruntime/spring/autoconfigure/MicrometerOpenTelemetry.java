package dev.agentruntime.spring.autoconfigure;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.logs.LoggerProvider;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * The application's OpenTelemetry for spans, events and propagation, with metrics recorded into
 * Micrometer instead of its own meter provider.
 */
final class MicrometerOpenTelemetry implements OpenTelemetry {
  private final OpenTelemetry delegate;
  private final MeterProvider meters;

  MicrometerOpenTelemetry(OpenTelemetry delegate, MeterProvider meters) {
    this.delegate = delegate;
    this.meters = meters;
  }

  @Override
  public TracerProvider getTracerProvider() {
    return delegate.getTracerProvider();
  }

  @Override
  public MeterProvider getMeterProvider() {
    return meters;
  }

  @Override
  public LoggerProvider getLogsBridge() {
    return delegate.getLogsBridge();
  }

  @Override
  public ContextPropagators getPropagators() {
    return delegate.getPropagators();
  }
}
