package dev.agentruntime.testing.telemetry;

import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on everything an {@link InMemoryTelemetry} recorded. */
public final class TelemetryAssert extends AbstractAssert<TelemetryAssert, InMemoryTelemetry> {

  TelemetryAssert(InMemoryTelemetry actual) {
    super(actual, TelemetryAssert.class);
  }

  /**
   * @param name a span name such as {@code execute_tool create_ticket}
   * @return an assertion on the first-started finished span of that name
   */
  public SpanAssert hasSpan(String name) {
    isNotNull();
    List<SpanData> spans = actual.spans(name);
    if (spans.isEmpty()) {
      failWithMessage("Expected a span named <%s> but the finished spans are %s", name, actual.spanNames());
    }
    return new SpanAssert(spans.get(0), actual, this);
  }

  /**
   * @param name a span name
   * @param index which one, from 0, in order of start
   * @return an assertion on that span
   */
  public SpanAssert hasSpan(String name, int index) {
    isNotNull();
    List<SpanData> spans = actual.spans(name);
    if (spans.size() <= index) {
      failWithMessage("Expected at least %s spans named <%s> but found %s; finished spans: %s",
          index + 1, name, spans.size(), actual.spanNames());
    }
    return new SpanAssert(spans.get(index), actual, this);
  }

  /**
   * @param name a span name
   * @param count how many finished spans of that name are expected
   * @return this
   */
  public TelemetryAssert hasSpanCount(String name, int count) {
    isNotNull();
    int found = actual.spans(name).size();
    if (found != count) {
      failWithMessage("Expected %s spans named <%s> but found %s; finished spans: %s",
          count, name, found, actual.spanNames());
    }
    return this;
  }

  /**
   * @param name a span name
   * @return this, when no finished span has that name
   */
  public TelemetryAssert hasNoSpan(String name) {
    return hasSpanCount(name, 0);
  }

  /**
   * @param expected the runs as indented span names, two spaces per level (see
   *     {@link InMemoryTelemetry#tree()}); surrounding blank lines are ignored
   * @return this
   */
  public TelemetryAssert hasTree(String expected) {
    isNotNull();
    String actualTree = actual.tree().strip();
    if (!actualTree.equals(expected.strip())) {
      failWithMessage("Expected the span tree%n%s%nbut it was%n%s", expected.strip(), actualTree);
    }
    return this;
  }

  /**
   * @param name a metric name such as {@code gen_ai.client.token.usage}
   * @return an assertion on that metric
   */
  public MetricAssert hasMetric(String name) {
    isNotNull();
    List<MetricData> data = actual.metrics(name);
    boolean recorded = data.stream().anyMatch(m -> !m.getData().getPoints().isEmpty());
    if (!recorded) {
      failWithMessage("Expected metric <%s> to have points but the recorded metrics are %s", name,
          actual.metrics().stream().filter(m -> !m.getData().getPoints().isEmpty())
              .map(MetricData::getName).distinct().sorted().toList());
    }
    return new MetricAssert(name, data, actual, this);
  }

  /**
   * @param eventName a log-based event name
   * @param count how many are expected
   * @return this
   */
  public TelemetryAssert hasEventCount(String eventName, int count) {
    isNotNull();
    int found = actual.events(eventName).size();
    if (found != count) {
      failWithMessage("Expected %s events named <%s> but found %s", count, eventName, found);
    }
    return this;
  }
}
