package dev.agentruntime.testing.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one metric, over everything recorded since the last reset. Attribute filters are
 * name, value pairs: {@code withSum(3, "agent_runtime.tool.outcome", "success")}.
 */
public final class MetricAssert extends AbstractAssert<MetricAssert, List<MetricData>> {
  private final String name;
  private final InMemoryTelemetry telemetry;
  private final TelemetryAssert parentAssert;

  MetricAssert(String name, List<MetricData> actual, InMemoryTelemetry telemetry, TelemetryAssert parentAssert) {
    super(actual, MetricAssert.class);
    this.name = name;
    this.telemetry = telemetry;
    this.parentAssert = parentAssert;
  }

  /**
   * @param unit the expected unit, such as {@code s} or {@code {token}}
   * @return this
   */
  public MetricAssert withUnit(String unit) {
    String actualUnit = actual.get(0).getUnit();
    if (!unit.equals(actualUnit)) {
      failWithMessage("Expected metric <%s> to have unit <%s> but it was <%s>", name, unit, actualUnit);
    }
    return this;
  }

  /**
   * @param expected the expected sum of a counter (or of a histogram's values)
   * @param keyValues attribute name, value pairs the summed points must carry
   * @return this
   */
  public MetricAssert withSum(double expected, Object... keyValues) {
    double sum = 0;
    for (PointData p : points(keyValues)) {
      if (p instanceof LongPointData l) {
        sum += l.getValue();
      } else if (p instanceof DoublePointData d) {
        sum += d.getValue();
      } else if (p instanceof HistogramPointData h) {
        sum += h.getSum();
      }
    }
    if (Math.abs(sum - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      failWithMessage("Expected metric <%s> with %s to sum to %s but it sums to %s; points: %s", name,
          List.of(keyValues), expected, sum, describe());
    }
    return this;
  }

  /**
   * @param expected how many values a histogram recorded
   * @param keyValues attribute name, value pairs the counted points must carry
   * @return this
   */
  public MetricAssert withCount(long expected, Object... keyValues) {
    long count = 0;
    for (PointData p : points(keyValues)) {
      if (p instanceof HistogramPointData h) {
        count += h.getCount();
      }
    }
    if (count != expected) {
      failWithMessage("Expected histogram <%s> with %s to have %s values but it has %s; points: %s", name,
          List.of(keyValues), expected, count, describe());
    }
    return this;
  }

  /**
   * @param keyValues attribute name, value pairs
   * @return this, when at least one point carries them
   */
  public MetricAssert withPoint(Object... keyValues) {
    if (points(keyValues).isEmpty()) {
      failWithMessage("Expected metric <%s> to have a point with %s; points: %s", name, List.of(keyValues), describe());
    }
    return this;
  }

  /** @return the assertion on the whole telemetry */
  public TelemetryAssert and() {
    return parentAssert;
  }

  private List<PointData> points(Object[] keyValues) {
    AttributeMatching.checkPairs(keyValues);
    List<PointData> result = new ArrayList<>();
    for (PointData p : telemetry.points(name, Attributes.empty())) {
      if (AttributeMatching.matches(p.getAttributes(), keyValues)) {
        result.add(p);
      }
    }
    return result;
  }

  private List<Object> describe() {
    List<Object> out = new ArrayList<>();
    for (PointData p : telemetry.points(name, Attributes.empty())) {
      out.add(p.getAttributes().asMap());
    }
    return out;
  }
}
