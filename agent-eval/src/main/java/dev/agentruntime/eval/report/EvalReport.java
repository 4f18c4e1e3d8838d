package dev.agentruntime.eval.report;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.CaseResult;
import dev.agentruntime.eval.CaseRun;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.eval.RunOutcome;
import dev.agentruntime.eval.stats.Comparison;
import dev.agentruntime.eval.stats.Interval;
import dev.agentruntime.eval.stats.Regression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An eval's reports: a self-contained HTML page (one file, no network, no CDN) with the summary —
 * pass rates, pass@k and pass^k, spend against the budget, the latency distribution, regressions
 * against the baseline — and per case each run's assertions, the diff of expected and actual, and
 * its waterfall; a JSON document with the same data; and JUnit XML for CI dashboards.
 */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReport() {}

  /**
   * The files {@link #writeAll} wrote.
   *
   * @param html the HTML report
   * @param json the JSON report
   * @param junitXml the JUnit XML report
   */
  public record Written(Path html, Path json, Path junitXml) {}

  /**
   * Writes {@code report.html}, {@code report.json} and {@code TEST-eval-<name>.xml} into a directory.
   *
   * @param result the eval's result
   * @param dir the directory (created when missing)
   * @return the files
   */
  public static Written writeAll(EvalResult result, Path dir) {
    try {
      Files.createDirectories(dir);
      return new Written(
          Files.writeString(dir.resolve("report.html"), html(result)),
          Files.writeString(dir.resolve("report.json"), json(result)),
          Files.writeString(dir.resolve("TEST-eval-" + result.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".xml"),
              junitXml(result)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write eval reports to " + dir, e);
    }
  }

  /**
   * @param result the eval's result
   * @return the HTML page
   */
  public static String html(EvalResult result) {
    StringBuilder b = new StringBuilder();
    Interval rate = result.passRate();
    int k = result.repeats();
    b.append("<div class=\"cards\" id=\"summary\">")
        .append(Html.card("pass rate", Html.pct(rate.mean()), rate.isEmpty() ? "no runs"
            : String.format(Locale.ROOT, "%.0f%% CI [%.0f%%, %.0f%%]", result.confidence() * 100, rate.low() * 100,
                rate.high() * 100)))
        .append(Html.card("runs", result.count(CaseRun.Status.PASSED) + " / " + result.runs().size() + " passed",
            result.count(CaseRun.Status.FAILED) + " failed · " + result.count(CaseRun.Status.ERROR) + " error · "
                + result.count(CaseRun.Status.SKIPPED) + " skipped"));
    if (k > 1) {
      b.append(Html.card("pass@" + k + " · pass^" + k, Html.pct(result.passAtK(k)) + " · " + Html.pct(result.passHatK(k)),
          "pass@1 " + Html.pct(result.passAtK(1))));
    }
    b.append(Html.card("spend", Html.usd(result.totalSpendUsd()), "agent " + Html.usd(result.agentSpendUsd())
            + " · judge " + Html.usd(result.judgeSpendUsd())
            + (result.budgetUsd() == null ? "" : " · budget " + Html.usd(result.budgetUsd()))))
        .append(latencyCard(result));
    Comparison cmp = result.comparison();
    if (cmp != null) {
      b.append(Html.card("vs baseline", cmp.regressions().size() + " regressions",
          cmp.improvements().size() + " improvements · " + cmp.newCases().size() + " new"
              + (cmp.inconclusive().isEmpty() ? "" : " · " + cmp.inconclusive().size() + " inconclusive")));
    }
    b.append("</div>");
    if (cmp != null && (cmp.hasRegressions() || !cmp.improvements().isEmpty() || !cmp.inconclusive().isEmpty())) {
      b.append("<h2>Changes against the baseline</h2><table id=\"regressions\"><tr><th>case</th><th>metric</th>"
          + "<th>change</th></tr>");
      for (Regression r : cmp.regressions()) {
        b.append("<tr class=\"regression\"><td>").append(Html.escape(r.caseId())).append("</td><td>")
            .append(r.metric()).append("</td><td class=\"fail\">worse: ").append(Html.escape(r.message()))
            .append("</td></tr>");
      }
      for (Regression r : cmp.improvements()) {
        b.append("<tr><td>").append(Html.escape(r.caseId())).append("</td><td>").append(r.metric())
            .append("</td><td class=\"pass\">better: ").append(Html.escape(r.message())).append("</td></tr>");
      }
      for (Regression r : cmp.inconclusive()) {
        b.append("<tr class=\"inconclusive\"><td>").append(Html.escape(r.caseId())).append("</td><td>")
            .append(r.metric()).append("</td><td class=\"note\">inconclusive: ").append(Html.escape(r.message()))
            .append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>Cases</h2><label class=\"filter\"><input type=\"checkbox\" id=\"failed-only\"> show failing cases only"
        + "</label><table id=\"cases\"><tr><th>case</th><th>tags</th><th>runs</th><th>pass rate</th>"
        + "<th>latency (mean)</th><th>tokens (mean)</th><th>cost (mean)</th></tr>");
    for (CaseResult c : result.cases()) {
      b.append("<tr class=\"case-row\" data-case=\"").append(Html.escape(c.id())).append("\"><td><a href=\"#case-")
          .append(Html.escape(c.id())).append("\">").append(Html.escape(c.id())).append("</a></td><td>")
          .append(Html.escape(String.join(", ", c.evalCase().tags()))).append("</td><td>");
      for (CaseRun r : c.runs()) {
        b.append("<span class=\"chip ").append(r.status()).append("\" title=\"repeat ").append(r.repeat()).append("\">")
            .append(r.status().name().charAt(0)).append("</span>");
      }
      b.append("</td><td>").append(Html.pct(c.passRate().mean())).append("</td><td>")
          .append(Html.ms(c.latencyMs().mean())).append("</td><td>")
          .append(Double.isNaN(c.tokens().mean()) ? "–" : String.format(Locale.ROOT, "%.0f", c.tokens().mean()))
          .append("</td><td>").append(Double.isNaN(c.costUsd().mean()) ? "–"
              : Html.usd(java.math.BigDecimal.valueOf(c.costUsd().mean()))).append("</td></tr>");
    }
    b.append("</table>");
    for (CaseResult c : result.cases()) {
      b.append("<section class=\"case").append(c.allPassed() ? " all-passed" : "").append("\" id=\"case-")
          .append(Html.escape(c.id())).append("\"><h2>").append(Html.escape(c.id())).append("</h2>");
      if (c.evalCase().description() != null) {
        b.append("<p class=\"muted\">").append(Html.escape(c.evalCase().description())).append("</p>");
      }
      b.append("<p><b>Input:</b> ").append(Html.escape(String.join(" ⏎ ", c.evalCase().turns()))).append("</p>");
      for (CaseRun r : c.runs()) {
        run(b, r);
      }
      b.append("</section>");
    }
    String script = "document.getElementById('failed-only').addEventListener('change',function(e){"
        + "document.body.classList.toggle('failed-only',e.target.checked);});";
    String sub = "eval report · " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
        result.startedAt().atOffset(ZoneOffset.UTC).withNano(0)) + " UTC · " + result.cases().size() + " cases × "
        + result.repeats() + " repeat" + (result.repeats() == 1 ? "" : "s") + " · " + Html.ms(result.duration().toMillis());
    return Html.page(result.name(), sub, b.toString(), script);
  }

  private static void run(StringBuilder b, CaseRun r) {
    b.append("<details class=\"run\" data-status=\"").append(r.status()).append("\"")
        .append(r.passed() ? "" : " open").append("><summary><span class=\"chip ").append(r.status()).append("\">")
        .append(r.status()).append("</span> repeat ").append(r.repeat());
    RunOutcome o = r.outcome();
    if (o != null) {
      b.append(" <span class=\"muted\">· ").append(Html.ms(o.latency().toNanos() / 1e6)).append(" · ")
          .append(o.usage().totalTokens()).append(" tokens · ").append(Html.usd(o.costUsd())).append(" · ")
          .append(o.toolCalls().size()).append(" tool calls</span>");
    }
    b.append("</summary>");
    if (!r.message().isEmpty()) {
      b.append("<p class=\"fail\">").append(Html.escape(r.message())).append("</p>");
    }
    b.append("<ul class=\"asserts\">");
    for (AssertionResult a : r.assertions()) {
      b.append("<li class=\"").append(a.passed() ? "pass" : "fail").append("\">").append(a.passed() ? "✓ " : "✗ ")
          .append(Html.escape(a.name()));
      if (a.score() != null) {
        b.append(String.format(Locale.ROOT, " <span class=\"muted\">(score %.2f)</span>", a.score()));
      }
      if (!a.message().isEmpty() && !a.passed()) {
        b.append(" — <span>").append(Html.escape(a.message())).append("</span>");
      }
      b.append("</li>");
      if (!a.passed() && a.expected() != null && a.actual() != null) {
        b.append(Html.diff(a.expected(), a.actual()));
      }
    }
    b.append("</ul>");
    if (o != null) {
      b.append(Html.waterfall(Timeline.of(o)));
      b.append("<pre class=\"output\">").append(Html.escape(o.output().isEmpty() && o.error() != null
          ? "(failed) " + o.error() : o.output())).append("</pre>");
    }
    b.append("</details>");
  }

  /**
   * @param sorted values in ascending order, at least one
   * @param q the quantile, in (0, 1]
   * @return the nearest-rank percentile: the smallest value with at least {@code q} of the values
   *     at or below it (of [100, 1000], p90 is 1000)
   */
  static double percentile(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String latencyCard(EvalResult result) {
    double[] ms = result.runs().stream().filter(r -> r.outcome() != null)
        .mapToDouble(r -> r.outcome().latency().toNanos() / 1e6).sorted().toArray();
    if (ms.length == 0) {
      return Html.card("latency", "–", "no runs");
    }
    double p50 = percentile(ms, 0.5);
    double p90 = percentile(ms, 0.9);
    int buckets = Math.min(12, ms.length);
    int[] counts = new int[buckets];
    double max = ms[ms.length - 1];
    for (double v : ms) {
      counts[Math.min(buckets - 1, max == 0 ? 0 : (int) (v / max * buckets))]++;
    }
    int top = Arrays.stream(counts).max().orElse(1);
    StringBuilder h = new StringBuilder("<div class=\"hist\" title=\"latency distribution\">");
    for (int c : counts) {
      h.append("<div style=\"height:").append(Math.max(2, c * 100 / top)).append("%\"></div>");
    }
    h.append("</div>");
    return "<div class=\"card\" id=\"latency\"><div class=\"k\">latency</div><div class=\"v\">p50 " + Html.ms(p50)
        + "</div><div class=\"s\">p90 " + Html.ms(p90) + " · max " + Html.ms(max) + "</div>" + h + "</div>";
  }

  /**
   * @param result the eval's result
   * @return the result as JSON
   */
  public static String json(EvalResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", result.name()).put("startedAt", result.startedAt().toString())
        .put("durationMs", result.duration().toMillis()).put("repeats", result.repeats())
        .put("confidence", result.confidence());
    interval(root.putObject("passRate"), result.passRate());
    root.put("passAtK", nanToNull(result.passAtK(result.repeats()))).put("passHatK",
        nanToNull(result.passHatK(result.repeats())));
    root.putObject("spendUsd").put("agent", result.agentSpendUsd()).put("judge", result.judgeSpendUsd())
        .put("budget", result.budgetUsd());
    ArrayNode cases = root.putArray("cases");
    for (CaseResult c : result.cases()) {
      ObjectNode cn = cases.addObject().put("id", c.id());
      c.evalCase().tags().forEach(cn.withArray("tags")::add);
      interval(cn.putObject("passRate"), c.passRate());
      interval(cn.putObject("latencyMs"), c.latencyMs());
      interval(cn.putObject("costUsd"), c.costUsd());
      interval(cn.putObject("tokens"), c.tokens());
      ArrayNode runs = cn.putArray("runs");
      for (CaseRun r : c.runs()) {
        ObjectNode rn = runs.addObject().put("repeat", r.repeat()).put("status", r.status().name())
            .put("message", r.message());
        RunOutcome o = r.outcome();
        if (o != null) {
          rn.put("output", o.output()).put("latencyMs", o.latency().toMillis()).put("costUsd", o.costUsd())
              .put("tokens", o.usage().totalTokens()).put("steps", o.steps());
          if (o.error() != null) {
            rn.put("error", o.error().getClass().getName() + ": " + o.error().getMessage());
          }
          ArrayNode tools = rn.putArray("toolCalls");
          for (ToolCallRecord t : o.toolCalls()) {
            tools.addObject().put("name", t.call().name()).put("arguments", t.call().arguments())
                .put("result", t.result() == null ? null : t.result().content()).put("succeeded", t.succeeded());
          }
          ArrayNode timeline = rn.putArray("timeline");
          Timeline.of(o).rows().forEach(row -> timeline.addObject().put("kind", row.kind().name())
              .put("label", row.label()).put("startMs", row.startMs()).put("durationMs", row.durationMs())
              .put("step", row.step()).put("tokens", row.tokens()).put("costUsd", row.costUsd())
              .put("status", row.status()));
        }
        ArrayNode as = rn.putArray("assertions");
        for (AssertionResult a : r.assertions()) {
          as.addObject().put("name", a.name()).put("passed", a.passed()).put("message", a.message())
              .put("expected", a.expected()).put("actual", a.actual()).put("score", a.score());
        }
      }
    }
    Comparison cmp = result.comparison();
    if (cmp != null) {
      ObjectNode cn = root.putObject("comparison");
      ArrayNode regs = cn.putArray("regressions");
      cmp.regressions().forEach(r -> regs.addObject().put("case", r.caseId()).put("metric", r.metric())
          .put("message", r.message()));
      ArrayNode imp = cn.putArray("improvements");
      cmp.improvements().forEach(r -> imp.addObject().put("case", r.caseId()).put("metric", r.metric())
          .put("message", r.message()));
      ArrayNode unknown = cn.putArray("inconclusive");
      cmp.inconclusive().forEach(r -> unknown.addObject().put("case", r.caseId()).put("metric", r.metric())
          .put("message", r.message()));
      cmp.newCases().forEach(cn.withArray("newCases")::add);
      cmp.removedCases().forEach(cn.withArray("removedCases")::add);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JUnit XML (the Surefire/Ant format CI servers read): one testcase per case and repeat, plus
   * one for the baseline comparison when there is one.
   *
   * @param result the eval's result
   * @return the XML
   */
  public static String junitXml(EvalResult result) {
    List<CaseRun> runs = result.runs();
    boolean cmp = result.comparison() != null;
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuite");
      w.writeAttribute("name", "eval." + result.name());
      w.writeAttribute("tests", String.valueOf(runs.size() + (cmp ? 1 : 0)));
      w.writeAttribute("failures", String.valueOf(result.count(CaseRun.Status.FAILED)
          + (cmp && result.comparison().hasRegressions() ? 1 : 0)));
      w.writeAttribute("errors", String.valueOf(result.count(CaseRun.Status.ERROR)));
      w.writeAttribute("skipped", String.valueOf(result.count(CaseRun.Status.SKIPPED)));
      w.writeAttribute("time", seconds(result.duration().toMillis()));
      w.writeAttribute("timestamp", result.startedAt().atOffset(ZoneOffset.UTC).withNano(0).toLocalDateTime().toString());
      for (CaseRun r : runs) {
        w.writeCharacters("\n  ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "eval." + result.name());
        w.writeAttribute("name", r.caseId() + (result.repeats() > 1 ? " repeat " + r.repeat() : ""));
        w.writeAttribute("time", seconds(r.outcome() == null ? 0 : r.outcome().latency().toMillis()));
        switch (r.status()) {
          case FAILED -> element(w, "failure", firstLine(r.failureSummary()), r.failureSummary());
          case ERROR -> element(w, "error", firstLine(r.failureSummary()), r.failureSummary());
          case SKIPPED -> {
            w.writeEmptyElement("skipped");
            w.writeAttribute("message", r.message());
          }
          default -> { }
        }
        w.writeEndElement();
      }
      if (cmp) {
        w.writeCharacters("\n  ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "eval." + result.name());
        w.writeAttribute("name", "no regressions against the baseline");
        w.writeAttribute("time", "0");
        if (result.comparison().hasRegressions()) {
          StringBuilder sb = new StringBuilder();
          result.comparison().regressions().forEach(x -> sb.append(x.caseId()).append(' ').append(x.metric())
              .append(": ").append(x.message()).append('\n'));
          element(w, "failure", result.comparison().regressions().size() + " regression(s)", sb.toString());
        }
        if (!result.comparison().inconclusive().isEmpty()) {
          StringBuilder sb = new StringBuilder();
          result.comparison().inconclusive().forEach(x -> sb.append("inconclusive: ").append(x.caseId()).append(' ')
              .append(x.metric()).append(": ").append(x.message()).append('\n'));
          w.writeStartElement("system-out");
          w.writeCharacters(sb.toString());
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return out + "\n";
  }

  private static void element(XMLStreamWriter w, String name, String message, String body) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeAttribute("message", message);
    w.writeAttribute("type", name.equals("failure") ? "AssertionError" : "IllegalStateException");
    w.writeCharacters(body);
    w.writeEndElement();
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }

  private static @Nullable Double nanToNull(double d) {
    return Double.isNaN(d) ? null : d;
  }

  private static void interval(ObjectNode n, Interval i) {
    n.put("mean", nanToNull(i.mean())).put("low", nanToNull(i.low())).put("high", nanToNull(i.high())).put("n", i.n());
  }
}
