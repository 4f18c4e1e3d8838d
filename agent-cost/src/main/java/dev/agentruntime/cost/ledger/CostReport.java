package dev.agentruntime.cost.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was spent over some days: the total, per tenant, user, model and day, the top consumers
 * (users by cost) and the average cost per run. Immutable; render with {@link #toJson()} or
 * {@link #toCsv()}.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param total everything
 * @param runs runs finished in the period
 * @param averageCostPerRunUsd total run cost divided by {@code runs} (zero when none)
 * @param byTenant one line per tenant (key empty for calls without one)
 * @param byUser one line per user, keyed {@code tenant/user}
 * @param byModel one line per model
 * @param byDay one line per day
 * @param topConsumers users by cost, highest first
 */
public record CostReport(
    LocalDate from,
    LocalDate to,
    Line total,
    long runs,
    BigDecimal averageCostPerRunUsd,
    List<Line> byTenant,
    List<Line> byUser,
    List<Line> byModel,
    List<Line> byDay,
    List<Line> topConsumers) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final CsvMapper CSV = new CsvMapper();

  /**
   * Copies the lists.
   *
   * @param from first day, inclusive
   * @param to last day, inclusive
   * @param total everything
   * @param runs runs finished in the period
   * @param averageCostPerRunUsd total run cost divided by {@code runs} (zero when none)
   * @param byTenant one line per tenant (key empty for calls without one)
   * @param byUser one line per user, keyed {@code tenant/user}
   * @param byModel one line per model
   * @param byDay one line per day
   * @param topConsumers users by cost, highest first
   */
  public CostReport {
    byTenant = List.copyOf(byTenant);
    byUser = List.copyOf(byUser);
    byModel = List.copyOf(byModel);
    byDay = List.copyOf(byDay);
    topConsumers = List.copyOf(topConsumers);
  }

  /**
   * Usage and cost of one group.
   *
   * @param key the group (tenant, {@code tenant/user}, model, day or {@code total})
   * @param calls model calls
   * @param inputTokens input tokens (cached included)
   * @param outputTokens output tokens (reasoning included)
   * @param cachedInputTokens cache-read input tokens
   * @param reasoningTokens reasoning tokens
   * @param costUsd exact cost
   */
  public record Line(
      String key,
      long calls,
      long inputTokens,
      long outputTokens,
      long cachedInputTokens,
      long reasoningTokens,
      BigDecimal costUsd) {}

  /** @return the report as JSON (costs as exact decimal numbers) */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("from", from.toString());
    root.put("to", to.toString());
    root.set("total", JSON.valueToTree(total));
    root.put("runs", runs);
    root.put("average_cost_per_run_usd", averageCostPerRunUsd);
    Map<String, List<Line>> groups = groups();
    groups.forEach(
        (name, lines) -> {
          ArrayNode a = root.putArray(name);
          lines.forEach(l -> a.add(JSON.valueToTree(l)));
        });
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, List<Line>> groups() {
    Map<String, List<Line>> g = new LinkedHashMap<>();
    g.put("by_tenant", byTenant);
    g.put("by_user", byUser);
    g.put("by_model", byModel);
    g.put("by_day", byDay);
    g.put("top_consumers", topConsumers);
    return g;
  }

  /**
   * @return the report as CSV with a header: {@code dimension,key,calls,input_tokens,
   *     output_tokens,cached_input_tokens,reasoning_tokens,cost_usd}; the first row is the total
   *     (dimension {@code total}), then tenants, users, models, days and top consumers
   */
  public String toCsv() {
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn("dimension")
            .addColumn("key")
            .addColumn("calls")
            .addColumn("input_tokens")
            .addColumn("output_tokens")
            .addColumn("cached_input_tokens")
            .addColumn("reasoning_tokens")
            .addColumn("cost_usd")
            .build()
            .withHeader();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("total", total));
    groups()
        .forEach(
            (name, lines) -> {
              String dimension = name.startsWith("by_") ? name.substring(3) : name;
              lines.forEach(l -> rows.add(row(dimension, l)));
            });
    try {
      return CSV.writer(schema).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> row(String dimension, Line l) {
    List<Object> r = new ArrayList<>();
    r.add(dimension);
    r.add(l.key());
    r.add(l.calls());
    r.add(l.inputTokens());
    r.add(l.outputTokens());
    r.add(l.cachedInputTokens());
    r.add(l.reasoningTokens());
    r.add(l.costUsd().toPlainString());
    return r;
  }
}
