package dev.agentruntime.eval.report;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.core.event.ModelCallStarted;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.event.RunStarted;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.eval.Costs;
import dev.agentruntime.eval.RunOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's waterfall: model calls, tool calls, retries, guardrail decisions, limits and budget
 * alerts with their start offsets, so that parallel calls show as parallel. Built from the run's
 * events (their timestamps) joined with its result's call records (arguments, results, cost);
 * without events, offsets are estimated from the records' durations (calls laid end to end, a
 * step's tool calls side by side) and {@link #estimated()} says so.
 *
 * <p>A model row's cost is what the run's {@link CostIncurred} events say that call cost — every
 * attempt of it, so an attempt abandoned by a timeout but billed by the provider is counted with
 * the retry that succeeded, and the row says when part of it is an estimate. Without such events
 * (no cost module, or none listening) the cost comes from the response's metadata.
 *
 * @param rows the rows, by start offset
 * @param totalMs the run's duration
 * @param estimated whether offsets were estimated (no events)
 */
public record Timeline(List<TimelineRow> rows, double totalMs, boolean estimated) {

  /**
   * Copies.
   *
   * @param rows the rows, by start offset
   * @param totalMs the run's duration
   * @param estimated whether offsets were estimated (no events)
   */
  public Timeline {
    rows = List.copyOf(rows);
  }

  /**
   * @param result a run
   * @param events its events (any others are ignored); empty for estimated offsets
   * @return the timeline
   */
  public static Timeline of(AgentResult result, List<? extends AgentEvent> events) {
    List<AgentEvent> mine = events.stream().filter(e -> result.runId().equals(e.runId())).map(e -> (AgentEvent) e)
        .toList();
    boolean hasCalls = mine.stream().anyMatch(e -> e instanceof ModelCallCompleted || e instanceof ToolCallCompleted);
    if (!hasCalls && !(result.modelCalls().isEmpty() && result.toolCalls().isEmpty())) {
      return estimate(result);
    }
    Instant t0 = mine.stream().filter(e -> e instanceof RunStarted).map(AgentEvent::timestamp).findFirst()
        .orElse(mine.stream().map(AgentEvent::timestamp).min(Comparator.naturalOrder()).orElse(Instant.EPOCH));
    List<TimelineRow> rows = new ArrayList<>();
    Map<Integer, Deque<ModelCallStarted>> modelStarts = new HashMap<>();
    // costs told since the step's last completed model call: they belong to the next one
    Map<Integer, List<CostIncurred>> pendingCosts = new HashMap<>();
    Map<String, ToolCallStarted> toolStarts = new HashMap<>();
    Map<String, ToolCallRecord> toolRecords = new HashMap<>();
    result.toolCalls().forEach(t -> toolRecords.put(toolKey(t.step(), t.call().id(), t.call().name()), t));
    int modelIndex = 0;
    double end = 0;
    for (AgentEvent e : mine) {
      double at = ms(t0, e.timestamp());
      if (e instanceof ModelCallStarted s) {
        modelStarts.computeIfAbsent(s.step(), k -> new ArrayDeque<>()).add(s);
      } else if (e instanceof CostIncurred ci) {
        pendingCosts.computeIfAbsent(ci.step(), k -> new ArrayList<>()).add(ci);
      } else if (e instanceof ModelCallCompleted c) {
        List<CostIncurred> costs = pendingCosts.remove(c.step());
        Deque<ModelCallStarted> q = modelStarts.get(c.step());
        ModelCallStarted s = q == null ? null : q.poll();
        double dur = c.duration() == null ? 0 : c.duration().toNanos() / 1e6;
        double start = s != null ? ms(t0, s.timestamp()) : Math.max(0, at - dur);
        ModelCallRecord rec = modelIndex < result.modelCalls().size() ? result.modelCalls().get(modelIndex) : null;
        modelIndex++;
        BigDecimal cost = costs != null ? costs.stream().map(CostIncurred::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add)
            : rec == null ? null : Costs.of(rec);
        String detail = c.error() != null ? c.error() : modelDetail(rec);
        long estimates = costs == null ? 0 : costs.stream().filter(CostIncurred::estimated).count();
        if (estimates > 0) {
          detail = (costs.size() == 1 ? "cost estimated · "
              : "cost of " + costs.size() + " attempts, " + estimates + " estimated · ") + detail;
        }
        rows.add(new TimelineRow(TimelineRow.Kind.MODEL, "model " + (c.model() == null ? "" : c.model()), start,
            Math.max(dur, at - start), c.step(), c.usage() == null ? null : c.usage().totalTokens(),
            cost, c.error() == null ? "ok" : "error", detail));
      } else if (e instanceof ToolCallStarted s) {
        toolStarts.put(toolKey(s.step(), s.toolCallId(), s.toolName()), s);
      } else if (e instanceof ToolCallCompleted c) {
        String k = toolKey(c.step(), c.toolCallId(), c.toolName());
        ToolCallStarted s = toolStarts.remove(k);
        double dur = c.duration() == null ? 0 : c.duration().toNanos() / 1e6;
        double start = s != null ? ms(t0, s.timestamp()) : Math.max(0, at - dur);
        ToolCallRecord rec = toolRecords.get(k);
        String args = s != null ? s.arguments() : rec != null ? rec.call().arguments() : "";
        String out = rec == null ? "" : rec.result() != null ? rec.result().content()
            : rec.error() != null ? String.valueOf(rec.error().getMessage()) : "";
        rows.add(new TimelineRow(TimelineRow.Kind.TOOL, "tool " + c.toolName(), start, Math.max(dur, at - start),
            c.step(), null, null, c.isError() ? "error" : "ok", abbreviate(args + " → " + out, 400)));
      } else if (e instanceof RetryScheduled r) {
        rows.add(new TimelineRow(TimelineRow.Kind.RETRY, "retry " + r.target() + " #" + r.attempt(), at,
            r.delay() == null ? 0 : r.delay().toNanos() / 1e6, 0, null, null, "retry",
            r.errorType() + ", waiting " + (r.delay() == null ? 0 : r.delay().toMillis()) + " ms"));
      } else if (e instanceof GuardrailTriggered g) {
        rows.add(new TimelineRow(TimelineRow.Kind.GUARDRAIL, "guardrail " + g.guardrail(), at, 0, 0, null, null,
            g.action(), g.point() + ": " + g.reason()));
      } else if (e instanceof LimitReached l) {
        rows.add(new TimelineRow(TimelineRow.Kind.LIMIT, "limit " + l.limit(), at, 0, 0, null, null,
            l.graceful() ? "graceful" : "refused", l.message()));
      } else if (e instanceof BudgetThresholdReached b) {
        rows.add(new TimelineRow(TimelineRow.Kind.BUDGET, "budget " + b.budget() + " " + b.thresholdPercent() + "%",
            at, 0, 0, null, null, "alert", "$" + b.spentUsd() + " of $" + b.limitUsd()));
      }
      end = Math.max(end, at);
    }
    rows.sort(Comparator.comparingDouble(TimelineRow::startMs));
    double total = Math.max(result.duration().toNanos() / 1e6, end);
    for (TimelineRow r : rows) {
      total = Math.max(total, r.endMs());
    }
    return new Timeline(rows, total, false);
  }

  /**
   * The timeline of every turn of a case run, turns one after the other.
   *
   * @param outcome a case run
   * @return the timeline
   */
  public static Timeline of(RunOutcome outcome) {
    List<TimelineRow> rows = new ArrayList<>();
    double offset = 0;
    boolean estimated = false;
    for (AgentResult turn : outcome.turns()) {
      Timeline t = of(turn, outcome.events());
      estimated |= t.estimated();
      for (TimelineRow r : t.rows()) {
        rows.add(new TimelineRow(r.kind(), r.label(), r.startMs() + offset, r.durationMs(), r.step(), r.tokens(),
            r.costUsd(), r.status(), r.detail()));
      }
      offset += t.totalMs();
    }
    return new Timeline(rows, Math.max(offset, outcome.latency().toNanos() / 1e6), estimated);
  }

  private static Timeline estimate(AgentResult result) {
    List<TimelineRow> rows = new ArrayList<>();
    double at = 0;
    for (ModelCallRecord m : result.modelCalls()) {
      double dur = ms(m.duration());
      rows.add(new TimelineRow(TimelineRow.Kind.MODEL, "model " + model(m), at, dur, m.step(),
          m.usage().totalTokens(), Costs.of(m), m.succeeded() ? "ok" : "error", modelDetail(m)));
      at += dur;
      double longest = 0;
      for (ToolCallRecord t : result.toolCalls()) {
        if (t.step() == m.step()) {
          double d = ms(t.duration());
          rows.add(new TimelineRow(TimelineRow.Kind.TOOL, "tool " + t.call().name(), at, d, t.step(), null, null,
              t.succeeded() ? "ok" : "error", abbreviate(t.call().arguments() + " → "
                  + (t.result() != null ? t.result().content() : String.valueOf(t.error())), 400)));
          longest = Math.max(longest, d);
        }
      }
      at += longest;
    }
    return new Timeline(rows, Math.max(at, ms(result.duration())), true);
  }

  private static String model(ModelCallRecord m) {
    if (m.response() != null && m.response().responseModel() != null) {
      return m.response().responseModel();
    }
    return m.request().model() == null ? "" : m.request().model();
  }

  private static String modelDetail(ModelCallRecord rec) {
    if (rec == null || rec.response() == null) {
      return rec == null || rec.error() == null ? "" : String.valueOf(rec.error().getMessage());
    }
    if (rec.response().message().hasToolCalls()) {
      StringBuilder sb = new StringBuilder("asks for ");
      rec.response().message().toolCalls().forEach(c -> sb.append(c.name()).append(c.arguments()).append(' '));
      return abbreviate(sb.toString().strip(), 400);
    }
    return abbreviate(rec.response().text(), 400);
  }

  private static String toolKey(int step, String id, String name) {
    return id != null ? id : step + ":" + name;
  }

  private static double ms(Instant t0, Instant t) {
    return Math.max(0, Duration.between(t0, t).toNanos() / 1e6);
  }

  private static double ms(Duration d) {
    return d == null ? 0 : d.toNanos() / 1e6;
  }

  static String abbreviate(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
