package dev.agentruntime.eval.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.agentruntime.eval.CaseResult;
import dev.agentruntime.eval.EvalResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An eval's metrics as stored in a JSON file (commit it next to the dataset), to compare later
 * runs against with {@link RegressionCheck}.
 *
 * <p>Every interval is stored with its mean, bounds and sample count {@code n}; an interval without
 * {@code n} (a file written by hand or by an older version) is read as one sample — its noise
 * unknown — unless its mean is {@code NaN} (no data). Take the baseline from a run with {@code
 * repeats(2)} or more to have per-case latency, cost and tokens gated on their noise.
 *
 * @param eval the eval's name
 * @param createdAt when the baseline was taken
 * @param overall the whole eval's metrics
 * @param cases each case's metrics by id
 */
public record Baseline(String eval, Instant createdAt, MetricSet overall, Map<String, MetricSet> cases) {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * Validates and copies.
   *
   * @param eval the eval's name
   * @param createdAt when the baseline was taken
   * @param overall the whole eval's metrics
   * @param cases each case's metrics by id
   */
  public Baseline {
    Objects.requireNonNull(eval, "eval");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(cases, "cases");
    cases.forEach((id, m) -> Objects.requireNonNull(m, () -> "cases: case '" + id + "' is null"));
    cases = Map.copyOf(cases);
  }

  /**
   * @param result an eval's result
   * @return its metrics as a baseline
   */
  public static Baseline of(EvalResult result) {
    Map<String, MetricSet> cases = new LinkedHashMap<>();
    for (CaseResult c : result.cases()) {
      cases.put(c.id(), new MetricSet(c.passRate(), c.latencyMs(), c.costUsd(), c.tokens()));
    }
    return new Baseline(result.name(), result.startedAt(), result.overall(), cases);
  }

  /** @return the baseline as JSON */
  public String toJson() {
    try {
      return JSON.writeValueAsString(new Stored(eval, createdAt.toString(), overall, new java.util.TreeMap<>(cases)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param file where to write the JSON
   * @throws UncheckedIOException when it cannot be written
   */
  public void save(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline " + file, e);
    }
  }

  /**
   * @param file a baseline written by {@link #save(Path)}
   * @return the baseline
   * @throws IllegalArgumentException when the file is not a baseline (naming what is wrong)
   * @throws UncheckedIOException when it cannot be read
   */
  public static Baseline load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + file, e);
    }
    return parse(text, file.toString());
  }

  /**
   * @param json baseline JSON
   * @param source where it came from, for error messages
   * @return the baseline
   * @throws IllegalArgumentException when it is not a baseline, naming the source and what is wrong
   *     where (the field; {@code overall} or the case's id; the metric)
   */
  public static Baseline parse(String json, String source) {
    Read s;
    try {
      s = JSON.readValue(json, Read.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("baseline " + source + " is not valid baseline JSON: " + e.getMessage(), e);
    }
    if (s == null) {
      throw new IllegalArgumentException("baseline " + source + " is not a baseline (JSON null)");
    }
    List<String> missing = new ArrayList<>();
    if (s.eval() == null) {
      missing.add("eval");
    }
    if (s.createdAt() == null) {
      missing.add("createdAt");
    }
    if (s.overall() == null) {
      missing.add("overall");
    }
    if (s.cases() == null) {
      missing.add("cases");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("baseline " + source + " lacks one of eval, createdAt, overall, cases (missing: "
          + String.join(", ", missing) + ")");
    }
    Instant createdAt;
    try {
      createdAt = Instant.parse(s.createdAt());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("baseline " + source + ": createdAt '" + s.createdAt()
          + "' is not an ISO-8601 instant (such as 2025-01-01T00:00:00Z)", e);
    }
    Map<String, MetricSet> cases = new LinkedHashMap<>();
    s.cases().forEach((id, m) -> cases.put(id, m == null
        ? fail(source, "case '" + id + "' is null (expected its metrics: passRate, latencyMs, costUsd, tokens)")
        : m.toMetricSet(source, "case '" + id + "'")));
    return new Baseline(s.eval(), createdAt, s.overall().toMetricSet(source, "overall"), cases);
  }

  private static <T> T fail(String source, String what) {
    throw new IllegalArgumentException("baseline " + source + ": " + what);
  }

  record Stored(String eval, String createdAt, MetricSet overall, Map<String, MetricSet> cases) {}

  /** What {@link #parse} reads: like {@link Stored}, with every field optional so that absences can be named. */
  record Read(String eval, String createdAt, ReadMetrics overall, Map<String, ReadMetrics> cases) {}

  record ReadMetrics(ReadInterval passRate, ReadInterval latencyMs, ReadInterval costUsd, ReadInterval tokens) {
    MetricSet toMetricSet(String source, String where) {
      return new MetricSet(interval(passRate, source, where, "passRate"), interval(latencyMs, source, where, "latencyMs"),
          interval(costUsd, source, where, "costUsd"), interval(tokens, source, where, "tokens"));
    }

    private static Interval interval(ReadInterval i, String source, String where, String metric) {
      return i == null ? fail(source, where + " lacks " + metric) : i.toInterval(source, where + " " + metric);
    }
  }

  /**
   * An interval as stored; {@code n} is absent from files written before the sample count was
   * stored: such an interval with a value counts as one sample (noise unknown).
   */
  record ReadInterval(Double mean, Double low, Double high, Integer n) {
    Interval toInterval(String source, String where) {
      List<String> missing = new ArrayList<>();
      if (mean == null) {
        missing.add("mean");
      }
      if (low == null) {
        missing.add("low");
      }
      if (high == null) {
        missing.add("high");
      }
      if (!missing.isEmpty()) {
        return fail(source, where + " lacks " + String.join(", ", missing));
      }
      int count = n != null ? n : mean.isNaN() ? 0 : 1;
      if (count > 0 && (mean.isNaN() || low.isNaN() || high.isNaN())) {
        return fail(source, where + " has n = " + count + " but no value (NaN)");
      }
      if (count == 0) {
        return Interval.EMPTY;
      }
      try {
        return new Interval(mean, low, high, count);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseline " + source + ": " + where + ": " + e.getMessage(), e);
      }
    }
  }
}
