package dev.agentruntime.eval.report;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.eval.Costs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A single run as a self-contained HTML page (one file, no network): its outcome, usage and cost,
 * and its waterfall. Useful outside evals too — keep the run's events (a run-scoped listener in
 * {@code RunOptions}) for exact start offsets:
 *
 * <pre>{@code
 * List<AgentEvent> events = new CopyOnWriteArrayList<>();
 * AgentResult result = runtime.run(input, RunOptions.builder().listener(events::add).build());
 * Files.writeString(Path.of("run.html"), RunReport.html(result, events));
 * }</pre>
 */
public final class RunReport {
  private RunReport() {}

  /**
   * @param result a run (offsets estimated from its records)
   * @return the page
   */
  public static String html(AgentResult result) {
    return html(result, List.of());
  }

  /**
   * @param result a run
   * @param events its events
   * @return the page
   */
  public static String html(AgentResult result, List<? extends AgentEvent> events) {
    Timeline t = Timeline.of(result, events);
    StringBuilder body = new StringBuilder("<div class=\"cards\">")
        .append(Html.card("outcome", result.stopReason().name(), result.limit() == null ? "" : "limit " + result.limit()))
        .append(Html.card("duration", Html.ms(result.duration().toNanos() / 1e6), result.steps() + " steps"))
        .append(Html.card("calls", result.modelCalls().size() + " model · " + result.toolCalls().size() + " tool", ""))
        .append(Html.card("tokens", String.valueOf(result.usage().totalTokens()),
            result.usage().inputTokens() + " in · " + result.usage().outputTokens() + " out"))
        .append(Html.card("cost", Html.usd(Costs.of(result)), ""))
        .append("</div><h2>Timeline</h2>")
        .append(Html.waterfall(t))
        .append("<h2>Output</h2><pre class=\"output\">").append(Html.escape(result.output())).append("</pre>");
    return Html.page("Run " + result.runId(), "agent-runtime run report", body.toString(), null);
  }

  /**
   * @param result a run
   * @param events its events
   * @param file where to write the page
   * @return the file
   */
  public static Path write(AgentResult result, List<? extends AgentEvent> events, Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return Files.writeString(file, html(result, events));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run report " + file, e);
    }
  }
}
