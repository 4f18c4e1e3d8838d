package dev.agentruntime.telemetry.console;

import static dev.agentruntime.telemetry.GenAiAttributes.*;
import static dev.agentruntime.telemetry.RuntimeAttributes.*;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A span exporter that prints each finished agent run as a readable tree: when each call started
 * (after the run's start, so parallel tool calls show the same start), durations, tokens, cost
 * when known, retries, guardrail outcomes and errors. Spans are buffered per trace until the run's
 * {@code invoke_agent} span (or any span without a parent) ends; then its subtree is printed.
 * Use it through {@code AgentTelemetry.console()}, or add it to your own SDK with a
 * {@code SimpleSpanProcessor}. Thread-safe.
 *
 * <pre>
 * invoke_agent support  1.21 s  completed  steps=3  tokens 120→45  $0.0031
 * ├─ chat gpt-4o  at +0.10 ms  410 ms  tokens 50→10  tool_calls
 * │    ↻ retry 1 after 200 ms (429)
 * ├─ execute_tool lookup_order  at +411 ms  12 ms  ok
 * ├─ execute_tool create_ticket  at +411 ms  15 ms  ok
 * └─ chat gpt-4o  at +427 ms  300 ms  tokens 70→35  stop
 * </pre>
 */
public final class ConsoleRunTreeExporter implements SpanExporter {
  private static final int MAX_BUFFERED_SPANS = 10_000;

  private final PrintStream out;
  private final LinkedHashMap<String, List<SpanData>> byTrace = new LinkedHashMap<>();
  private int buffered;

  /** @param out where to print the trees */
  public ConsoleRunTreeExporter(PrintStream out) {
    if (out == null) {
      throw new IllegalArgumentException("out must not be null");
    }
    this.out = out;
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    List<String> trees = new ArrayList<>();
    synchronized (this) {
      for (SpanData span : spans) {
        byTrace.computeIfAbsent(span.getTraceId(), k -> new ArrayList<>()).add(span);
        buffered++;
        boolean top = !span.getParentSpanContext().isValid()
            || OPERATION_INVOKE_AGENT.equals(span.getAttributes().get(OPERATION_NAME));
        if (top) {
          trees.add(takeTree(span));
        }
      }
      evictOverflow();
    }
    for (String tree : trees) {
      out.print(tree);
    }
    out.flush();
    return CompletableResultCode.ofSuccess();
  }

  /** Removes the span's subtree from the buffer and renders it. */
  private String takeTree(SpanData root) {
    List<SpanData> trace = byTrace.get(root.getTraceId());
    Map<String, List<SpanData>> children = new HashMap<>();
    for (SpanData s : trace) {
      children.computeIfAbsent(s.getParentSpanId(), k -> new ArrayList<>()).add(s);
    }
    StringBuilder sb = new StringBuilder();
    List<SpanData> taken = new ArrayList<>();
    render(sb, root, root.getStartEpochNanos(), children, "", "", taken);
    trace.removeAll(taken);
    buffered -= taken.size();
    if (trace.isEmpty()) {
      byTrace.remove(root.getTraceId());
    }
    return sb.toString();
  }

  private void evictOverflow() {
    Iterator<List<SpanData>> it = byTrace.values().iterator();
    while (buffered > MAX_BUFFERED_SPANS && it.hasNext()) {
      buffered -= it.next().size();
      it.remove();
    }
  }

  private static void render(StringBuilder sb, SpanData span, long runStart,
      Map<String, List<SpanData>> children, String firstPrefix, String restPrefix, List<SpanData> taken) {
    taken.add(span);
    sb.append(firstPrefix).append(describe(span, span.getStartEpochNanos() == runStart && firstPrefix.isEmpty()
        ? -1 : span.getStartEpochNanos() - runStart)).append('\n');
    List<SpanData> kids = new ArrayList<>(children.getOrDefault(span.getSpanId(), List.of()));
    kids.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    String detailPrefix = restPrefix + (kids.isEmpty() ? "   " : "│  ");
    for (EventData e : span.getEvents()) {
      String line = describe(e);
      if (line != null) {
        sb.append(detailPrefix).append(line).append('\n');
      }
    }
    if (span.getStatus().getStatusCode() == StatusCode.ERROR) {
      sb.append(detailPrefix).append("✗ ").append(errorLine(span)).append('\n');
    }
    for (int i = 0; i < kids.size(); i++) {
      boolean last = i == kids.size() - 1;
      render(sb, kids.get(i), runStart, children, restPrefix + (last ? "└─ " : "├─ "),
          restPrefix + (last ? "   " : "│  "), taken);
    }
  }

  /** @param offsetNanos start after the run's start (shown for every span but the root), or -1 */
  private static String describe(SpanData span, long offsetNanos) {
    Attributes a = span.getAttributes();
    StringBuilder sb = new StringBuilder(span.getName());
    if (offsetNanos >= 0) {
      // parallel calls show the same start, sequential ones follow each other
      sb.append("  at +").append(duration(offsetNanos));
    }
    sb.append("  ").append(duration(span.getEndEpochNanos() - span.getStartEpochNanos()));
    String op = a.get(OPERATION_NAME);
    if (OPERATION_INVOKE_AGENT.equals(op)) {
      appendIf(sb, "", a.get(RUN_OUTCOME));
      Long steps = a.get(RUN_STEPS);
      if (steps != null) {
        sb.append("  steps=").append(steps);
      }
      tokens(sb, a.get(RUN_INPUT_TOKENS), a.get(RUN_OUTPUT_TOKENS));
      cost(sb, a.get(RUN_COST_USD));
      appendIf(sb, "limit=", a.get(RUN_LIMIT));
    } else if (OPERATION_CHAT.equals(op)) {
      tokens(sb, a.get(USAGE_INPUT_TOKENS), a.get(USAGE_OUTPUT_TOKENS));
      Long cached = a.get(USAGE_CACHE_READ_INPUT_TOKENS);
      if (cached != null) {
        sb.append(" (").append(cached).append(" cached)");
      }
      cost(sb, a.get(COST_USD));
      List<String> finish = a.get(RESPONSE_FINISH_REASONS);
      if (finish != null && !finish.isEmpty()) {
        sb.append("  ").append(String.join(",", finish));
      }
    } else if (OPERATION_EXECUTE_TOOL.equals(op)) {
      if (span.getStatus().getStatusCode() != StatusCode.ERROR) {
        sb.append("  ok");
      }
    }
    return sb.toString();
  }

  private static String describe(EventData e) {
    Attributes a = e.getAttributes();
    switch (e.getName()) {
      case EVENT_RETRY:
        return "↻ retry " + a.get(RETRY_ATTEMPT) + " after " + a.get(RETRY_DELAY_MS) + " ms ("
            + a.get(ERROR_TYPE) + ")";
      case EVENT_GUARDRAIL:
        return "⚑ guardrail " + a.get(GUARDRAIL_NAME) + " (" + a.get(GUARDRAIL_POINT) + "): "
            + a.get(GUARDRAIL_ACTION) + (a.get(GUARDRAIL_REASON) == null ? "" : " — " + a.get(GUARDRAIL_REASON));
      case EVENT_CIRCUIT_STATE:
        return "⚡ circuit " + a.get(CIRCUIT_NAME) + " " + a.get(CIRCUIT_PREVIOUS_STATE) + " → "
            + a.get(CIRCUIT_STATE);
      case EVENT_BUDGET_THRESHOLD:
        return "$ budget " + a.get(BUDGET_NAME) + " passed " + a.get(BUDGET_THRESHOLD_PERCENT) + "%"
            + (a.get(BUDGET_REMAINING_USD) == null ? ""
                : String.format(Locale.ROOT, ", $%.4f left", a.get(BUDGET_REMAINING_USD)));
      case EVENT_LIMIT_REACHED:
        return "■ limit " + a.get(LIMIT_NAME) + (Boolean.TRUE.equals(a.get(LIMIT_GRACEFUL)) ? " (graceful stop)" : "");
      default:
        return null; // exceptions are shown by the error line
    }
  }

  private static String errorLine(SpanData span) {
    String type = span.getAttributes().get(ERROR_TYPE);
    String msg = span.getStatus().getDescription();
    return (type == null ? "error" : type) + (msg == null || msg.isEmpty() ? "" : ": " + msg);
  }

  private static void tokens(StringBuilder sb, Long in, Long out) {
    if (in != null || out != null) {
      sb.append("  tokens ").append(in == null ? 0 : in).append('→').append(out == null ? 0 : out);
    }
  }

  private static void cost(StringBuilder sb, Double usd) {
    if (usd != null) {
      sb.append(String.format(Locale.ROOT, "  $%.4f", usd));
    }
  }

  private static void appendIf(StringBuilder sb, String label, String value) {
    if (value != null) {
      sb.append("  ").append(label).append(value);
    }
  }

  private static String duration(long nanos) {
    if (nanos >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1_000_000L) {
      return (nanos / 1_000_000L) + " ms";
    }
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    byTrace.clear();
    buffered = 0;
    return CompletableResultCode.ofSuccess();
  }
}
