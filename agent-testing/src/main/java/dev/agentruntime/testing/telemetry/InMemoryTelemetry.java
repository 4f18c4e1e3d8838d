package dev.agentruntime.testing.telemetry;

import dev.agentruntime.telemetry.AgentTelemetry;
import dev.agentruntime.telemetry.GenAiAttributes;
import dev.agentruntime.telemetry.RuntimeAttributes;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The in-memory provider for tests: a real OpenTelemetry SDK whose spans, metrics and log events
 * stay in memory, behind a small query API, plus AssertJ-style assertions
 * ({@link TelemetryAssertions#assertThat(InMemoryTelemetry)}):
 *
 * <pre>{@code
 * InMemoryTelemetry telemetry = InMemoryTelemetry.create();
 * AgentRuntime runtime = AgentRuntime.builder().model(model).tools(createTicket)
 *     .interceptor(telemetry.interceptor()).build();
 * runtime.run("Open a ticket");
 * assertThat(telemetry).hasSpan("execute_tool create_ticket").withParent("invoke_agent agent");
 * }</pre>
 *
 * <p>Spans are available as soon as they end; metric queries see everything recorded since the
 * last {@link #reset()}. Thread-safe. Never installs a global OpenTelemetry.
 */
public final class InMemoryTelemetry implements AutoCloseable {
  private final InMemorySpanExporter spanExporter = InMemorySpanExporter.create();
  private final InMemoryMetricReader metricReader = InMemoryMetricReader.createDelta();
  private final InMemoryLogRecordExporter logExporter = InMemoryLogRecordExporter.create();
  private final OpenTelemetrySdk sdk;
  private final AgentTelemetry interceptor;
  private final List<MetricData> collected = new ArrayList<>();

  private InMemoryTelemetry(Consumer<AgentTelemetry.Builder> options) {
    this.sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spanExporter)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metricReader).build())
        .setLoggerProvider(SdkLoggerProvider.builder()
            .addLogRecordProcessor(SimpleLogRecordProcessor.create(logExporter)).build())
        .build();
    AgentTelemetry.Builder b = AgentTelemetry.builder();
    options.accept(b);
    this.interceptor = b.openTelemetry(sdk).build();
  }

  /** @return an in-memory telemetry with the default options (no content, MDC on) */
  public static InMemoryTelemetry create() {
    return create(b -> {});
  }

  /**
   * @param options sets builder options such as content capture or the redactor (the
   *     OpenTelemetry instance is this provider's own)
   * @return an in-memory telemetry
   */
  public static InMemoryTelemetry create(Consumer<AgentTelemetry.Builder> options) {
    return new InMemoryTelemetry(Objects.requireNonNull(options, "options must not be null"));
  }

  /** @return the interceptor to add to an {@code AgentRuntime} */
  public AgentTelemetry interceptor() {
    return interceptor;
  }

  /** @return the SDK everything is recorded into (to add your own instrumentation) */
  public OpenTelemetry openTelemetry() {
    return sdk;
  }

  // ------------------------------------------------------------------ spans

  /** @return every finished span, in order of start */
  public List<SpanData> spans() {
    List<SpanData> all = new ArrayList<>(spanExporter.getFinishedSpanItems());
    all.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    return all;
  }

  /**
   * @param name a span name such as {@code chat gpt-4o}
   * @return the finished spans of that name, in order of start
   */
  public List<SpanData> spans(String name) {
    return spans().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
  }

  /**
   * @param name a span name
   * @return the only finished span of that name
   * @throws IllegalStateException when there is none or more than one (naming what there is)
   */
  public SpanData span(String name) {
    List<SpanData> found = spans(name);
    if (found.size() != 1) {
      throw new IllegalStateException("expected exactly one span named '" + name + "' but found "
          + found.size() + "; finished spans: " + spanNames());
    }
    return found.get(0);
  }

  /** @return the names of the finished spans, in order of start */
  public List<String> spanNames() {
    return spans().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  /**
   * @param span a finished span
   * @return its parent, when that has finished too
   */
  public Optional<SpanData> parent(SpanData span) {
    if (!span.getParentSpanContext().isValid()) {
      return Optional.empty();
    }
    return spans().stream()
        .filter(s -> s.getTraceId().equals(span.getTraceId()) && s.getSpanId().equals(span.getParentSpanId()))
        .findFirst();
  }

  /**
   * @param span a finished span
   * @return its finished children, in order of start
   */
  public List<SpanData> children(SpanData span) {
    return spans().stream()
        .filter(s -> s.getTraceId().equals(span.getTraceId()) && s.getParentSpanId().equals(span.getSpanId()))
        .collect(Collectors.toList());
  }

  /** @return the finished {@code invoke_agent} spans (one per run), in order of start */
  public List<SpanData> runs() {
    return spans().stream()
        .filter(s -> GenAiAttributes.OPERATION_INVOKE_AGENT.equals(s.getAttributes().get(GenAiAttributes.OPERATION_NAME)))
        .collect(Collectors.toList());
  }

  /**
   * @param runId a run id
   * @return every finished span of that run (the run span and its descendants), in order of start
   */
  public List<SpanData> run(String runId) {
    List<SpanData> result = new ArrayList<>();
    for (SpanData root : runs()) {
      if (runId.equals(root.getAttributes().get(RuntimeAttributes.RUN_ID))) {
        collect(root, result);
      }
    }
    result.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    return result;
  }

  private void collect(SpanData span, List<SpanData> into) {
    into.add(span);
    for (SpanData child : children(span)) {
      collect(child, into);
    }
  }

  /**
   * @return every finished run as an indented tree of span names (two spaces per level, children
   *     in order of start), one line per span
   */
  public String tree() {
    StringBuilder sb = new StringBuilder();
    for (SpanData root : spans()) {
      if (!root.getParentSpanContext().isValid() || parent(root).isEmpty()) {
        tree(sb, root, 0);
      }
    }
    return sb.toString();
  }

  /**
   * @param runId a run id
   * @return that run as an indented tree of span names
   */
  public String tree(String runId) {
    StringBuilder sb = new StringBuilder();
    for (SpanData root : runs()) {
      if (runId.equals(root.getAttributes().get(RuntimeAttributes.RUN_ID))) {
        tree(sb, root, 0);
      }
    }
    return sb.toString();
  }

  private void tree(StringBuilder sb, SpanData span, int depth) {
    sb.append("  ".repeat(depth)).append(span.getName()).append('\n');
    for (SpanData child : children(span)) {
      tree(sb, child, depth + 1);
    }
  }

  // ------------------------------------------------------------------ metrics

  /** @return the metrics recorded since the last reset, as collected snapshots (delta temporality) */
  public synchronized List<MetricData> metrics() {
    collected.addAll(metricReader.collectAllMetrics());
    return List.copyOf(collected);
  }

  /**
   * @param name a metric name
   * @return the collected snapshots of that metric (empty when nothing was recorded)
   */
  public List<MetricData> metrics(String name) {
    return metrics().stream().filter(m -> m.getName().equals(name)).collect(Collectors.toList());
  }

  /**
   * Sums a counter (or an up-down counter, or a histogram's recorded values) since the last reset
   * over the points whose attributes include {@code filter}.
   *
   * @param metric the metric name
   * @param filter attributes the points must carry (empty for all)
   * @return the sum (0 when nothing matched)
   */
  public double sum(String metric, Attributes filter) {
    double total = 0;
    for (PointData p : points(metric, filter)) {
      if (p instanceof LongPointData l) {
        total += l.getValue();
      } else if (p instanceof DoublePointData d) {
        total += d.getValue();
      } else if (p instanceof HistogramPointData h) {
        total += h.getSum();
      }
    }
    return total;
  }

  /**
   * @param metric a histogram's name
   * @param filter attributes the points must carry (empty for all)
   * @return how many values were recorded since the last reset
   */
  public long count(String metric, Attributes filter) {
    long total = 0;
    for (PointData p : points(metric, filter)) {
      if (p instanceof HistogramPointData h) {
        total += h.getCount();
      }
    }
    return total;
  }

  /**
   * @param metric a metric name
   * @param filter attributes the points must carry
   * @return the matching points since the last reset (the newest snapshot only for metrics kept
   *     cumulative)
   */
  public List<PointData> points(String metric, Attributes filter) {
    List<MetricData> snapshots = metrics(metric);
    List<PointData> result = new ArrayList<>();
    for (int i = 0; i < snapshots.size(); i++) {
      MetricData m = snapshots.get(i);
      if (temporality(m) == AggregationTemporality.CUMULATIVE && i < snapshots.size() - 1) {
        continue;
      }
      for (PointData p : m.getData().getPoints()) {
        if (includes(p.getAttributes(), filter)) {
          result.add(p);
        }
      }
    }
    return result;
  }

  private static AggregationTemporality temporality(MetricData m) {
    switch (m.getType()) {
      case LONG_SUM:
        return m.getLongSumData().getAggregationTemporality();
      case DOUBLE_SUM:
        return m.getDoubleSumData().getAggregationTemporality();
      case HISTOGRAM:
        return m.getHistogramData().getAggregationTemporality();
      default:
        return AggregationTemporality.DELTA;
    }
  }

  static boolean includes(Attributes actual, Attributes filter) {
    for (var e : filter.asMap().entrySet()) {
      if (!Objects.equals(actual.get((AttributeKey<?>) e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ log events

  /**
   * @param eventName an event name such as {@code gen_ai.client.inference.operation.details}
   * @return the log-based events of that name, in order of emission
   */
  public List<LogRecordData> events(String eventName) {
    return logExporter.getFinishedLogRecordItems().stream()
        .filter(r -> eventName.equals(r.getEventName()))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ lifecycle

  /** Forgets every span, metric point and event recorded so far (call between tests). */
  public synchronized void reset() {
    spanExporter.reset();
    logExporter.reset();
    metricReader.collectAllMetrics();
    collected.clear();
  }

  /** Shuts the in-memory SDK down. */
  @Override
  public void close() {
    sdk.close();
  }

  @Override
  public String toString() {
    return "InMemoryTelemetry" + spanNames();
  }
}
