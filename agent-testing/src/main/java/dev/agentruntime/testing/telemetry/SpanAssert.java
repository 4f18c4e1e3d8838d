package dev.agentruntime.testing.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one finished span. Chain them; {@link #and()} goes back to the telemetry. */
public final class SpanAssert extends AbstractAssert<SpanAssert, SpanData> {
  private final InMemoryTelemetry telemetry;
  private final TelemetryAssert parentAssert;

  SpanAssert(SpanData actual, InMemoryTelemetry telemetry, TelemetryAssert parentAssert) {
    super(actual, SpanAssert.class);
    this.telemetry = telemetry;
    this.parentAssert = parentAssert;
  }

  /**
   * @param key an attribute name such as {@code gen_ai.tool.name}
   * @param expected its value; numbers compare by value whatever their boxed type
   * @return this
   */
  public SpanAssert withAttribute(String key, Object expected) {
    Object value = AttributeMatching.get(actual.getAttributes(), key);
    if (!AttributeMatching.valueEquals(value, expected)) {
      failWithMessage("Expected span <%s> to have attribute %s=<%s> but it was <%s>; attributes: %s",
          actual.getName(), key, expected, value == AttributeMatching.ABSENT ? "absent" : value,
          actual.getAttributes().asMap());
    }
    return this;
  }

  /**
   * @param key an attribute key
   * @param expected its value
   * @param <T> the value type
   * @return this
   */
  public <T> SpanAssert withAttribute(AttributeKey<T> key, T expected) {
    return withAttribute(key.getKey(), expected);
  }

  /**
   * @param key an attribute name
   * @return this, when the span has an attribute of that name (any value)
   */
  public SpanAssert withAttributeKey(String key) {
    if (AttributeMatching.get(actual.getAttributes(), key) == AttributeMatching.ABSENT) {
      failWithMessage("Expected span <%s> to have attribute %s; attributes: %s", actual.getName(), key,
          actual.getAttributes().asMap());
    }
    return this;
  }

  /**
   * @param key an attribute name
   * @return this, when the span has no attribute of that name
   */
  public SpanAssert withoutAttribute(String key) {
    Object value = AttributeMatching.get(actual.getAttributes(), key);
    if (value != AttributeMatching.ABSENT) {
      failWithMessage("Expected span <%s> not to have attribute %s but it was <%s>", actual.getName(), key, value);
    }
    return this;
  }

  /**
   * @param kind the expected kind
   * @return this
   */
  public SpanAssert withKind(SpanKind kind) {
    if (actual.getKind() != kind) {
      failWithMessage("Expected span <%s> to be of kind %s but it was %s", actual.getName(), kind, actual.getKind());
    }
    return this;
  }

  /**
   * @param parentName the expected parent span's name
   * @return this
   */
  public SpanAssert withParent(String parentName) {
    Optional<SpanData> parent = telemetry.parent(actual);
    if (parent.isEmpty() || !parent.get().getName().equals(parentName)) {
      failWithMessage("Expected span <%s> to be a child of <%s> but its parent is <%s>", actual.getName(),
          parentName, parent.map(SpanData::getName).orElse("none"));
    }
    return this;
  }

  /** @return this, when the span has no parent */
  public SpanAssert isRoot() {
    if (actual.getParentSpanContext().isValid()) {
      failWithMessage("Expected span <%s> to be a root span but its parent is <%s>", actual.getName(),
          telemetry.parent(actual).map(SpanData::getName).orElse(actual.getParentSpanId()));
    }
    return this;
  }

  /**
   * @param name a child span's name
   * @return an assertion on the first-started child of that name
   */
  public SpanAssert hasChild(String name) {
    List<SpanData> children = telemetry.children(actual);
    Optional<SpanData> child = children.stream().filter(c -> c.getName().equals(name)).findFirst();
    if (child.isEmpty()) {
      failWithMessage("Expected span <%s> to have a child <%s> but its children are %s", actual.getName(), name,
          children.stream().map(SpanData::getName).collect(Collectors.toList()));
    }
    return new SpanAssert(child.get(), telemetry, parentAssert);
  }

  /**
   * @param name a span event name such as {@code agent_runtime.retry}
   * @param keyValues attribute name, value pairs the event must carry (none to match any)
   * @return this, when the span has an event of that name carrying those attributes
   */
  public SpanAssert withEvent(String name, Object... keyValues) {
    AttributeMatching.checkPairs(keyValues);
    boolean found = actual.getEvents().stream()
        .anyMatch(e -> e.getName().equals(name) && AttributeMatching.matches(e.getAttributes(), keyValues));
    if (!found) {
      failWithMessage("Expected span <%s> to have event <%s> with %s but its events are %s", actual.getName(),
          name, List.of(keyValues), actual.getEvents().stream()
              .map(e -> e.getName() + e.getAttributes().asMap()).collect(Collectors.toList()));
    }
    return this;
  }

  /**
   * @param name a span event name
   * @param count how many events of that name are expected
   * @return this
   */
  public SpanAssert withEventCount(String name, int count) {
    long found = actual.getEvents().stream().map(EventData::getName).filter(name::equals).count();
    if (found != count) {
      failWithMessage("Expected span <%s> to have %s events <%s> but found %s", actual.getName(), count, name, found);
    }
    return this;
  }

  /**
   * @param errorType the expected {@code error.type}
   * @return this, when the span ended with status ERROR and that error type
   */
  public SpanAssert failedWith(String errorType) {
    if (actual.getStatus().getStatusCode() != StatusCode.ERROR) {
      failWithMessage("Expected span <%s> to have status ERROR but it was %s", actual.getName(),
          actual.getStatus().getStatusCode());
    }
    return withAttribute("error.type", errorType);
  }

  /** @return this, when the span did not end with status ERROR */
  public SpanAssert succeeded() {
    if (actual.getStatus().getStatusCode() == StatusCode.ERROR) {
      failWithMessage("Expected span <%s> not to fail but it has status ERROR: %s (error.type=%s)",
          actual.getName(), actual.getStatus().getDescription(),
          AttributeMatching.get(actual.getAttributes(), "error.type"));
    }
    return this;
  }

  /** @return the assertion on the whole telemetry, to go on with another span or metric */
  public TelemetryAssert and() {
    return parentAssert;
  }
}
