package dev.agentruntime.eval.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad baseline files fail with an IllegalArgumentException naming the file, the field and the case. */
class BaselineParseTest {
  private static final String INTERVAL = "{\"mean\":1.0,\"low\":1.0,\"high\":1.0,\"n\":1}";
  private static final String METRICS = "{\"passRate\":" + INTERVAL + ",\"latencyMs\":" + INTERVAL + ",\"costUsd\":"
      + INTERVAL + ",\"tokens\":" + INTERVAL + "}";

  private static String file(String createdAt, String overall, String cases) {
    return "{\"eval\":\"e\",\"createdAt\":" + createdAt + ",\"overall\":" + overall + ",\"cases\":" + cases + "}";
  }

  @Test
  void aBadCreatedAtIsNamed() {
    assertThatThrownBy(() -> Baseline.parse(file("\"yesterday\"", METRICS, "{}"), "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json").hasMessageContaining("createdAt").hasMessageContaining("yesterday");
  }

  @Test
  void aNullCaseIsNamed() {
    assertThatThrownBy(() -> Baseline.parse(file("\"2025-01-01T00:00:00Z\"", METRICS, "{\"refund\":null}"), "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json").hasMessageContaining("case 'refund'");
  }

  @Test
  void aMissingMetricOfACaseIsNamed() {
    String partial = "{\"passRate\":" + INTERVAL + ",\"costUsd\":" + INTERVAL + ",\"tokens\":" + INTERVAL + "}";
    assertThatThrownBy(() -> Baseline.parse(file("\"2025-01-01T00:00:00Z\"", METRICS,
        "{\"ok\":" + METRICS + ",\"refund\":" + partial + "}"), "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json").hasMessageContaining("case 'refund'").hasMessageContaining("latencyMs");
  }

  @Test
  void aMissingFieldOfAnIntervalIsNamed() {
    String noMean = METRICS.replaceFirst("\\{\"mean\":1.0,", "{");
    assertThatThrownBy(() -> Baseline.parse(file("\"2025-01-01T00:00:00Z\"", noMean, "{}"), "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json").hasMessageContaining("overall").hasMessageContaining("passRate")
        .hasMessageContaining("mean");
  }

  @Test
  void anInconsistentIntervalIsNamed() {
    String bad = METRICS.replace("\"tokens\":" + INTERVAL, "\"tokens\":{\"mean\":1.0,\"low\":2.0,\"high\":3.0,\"n\":2}");
    assertThatThrownBy(() -> Baseline.parse(file("\"2025-01-01T00:00:00Z\"", METRICS, "{\"x\":" + bad + "}"), "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json").hasMessageContaining("case 'x'").hasMessageContaining("tokens");
  }

  @Test
  void aJsonNullIsNotABaseline() {
    assertThatThrownBy(() -> Baseline.parse("null", "b.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b.json");
  }

  @Test
  void theMissingTopLevelFieldsAreListed() {
    assertThatThrownBy(() -> Baseline.parse("{\"eval\":\"x\",\"cases\":{}}", "b.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.json lacks one of eval, createdAt, overall, cases")
        .hasMessageContaining("missing: createdAt, overall");
  }

  @Test
  void theConstructorNamesANullCase() {
    Interval one = new Interval(1, 1, 1, 1);
    MetricSet m = new MetricSet(one, one, one, one);
    java.util.Map<String, MetricSet> cases = new java.util.HashMap<>();
    cases.put("refund", null);
    assertThatThrownBy(() -> new Baseline("e", java.time.Instant.EPOCH, m, cases))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("case 'refund'");
    assertThatThrownBy(() -> new Baseline("e", java.time.Instant.EPOCH, m, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("cases");
  }
}
