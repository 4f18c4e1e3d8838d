package dev.agentruntime.eval.report;

import org.jspecify.annotations.Nullable;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The HTML pieces both reports share: page shell, inline style, waterfall, diff. No network. */
final class Html {
  private Html() {}

  static final String STYLE = """
      :root{--fg:#1d2433;--muted:#667085;--line:#e4e7ec;--bg:#f8f9fb;--ok:#12b76a;--bad:#f04438;--warn:#f79009;
        --model:#2e90fa;--tool:#12b76a;--retry:#f79009;--guard:#7a5af8;--limit:#f04438;--budget:#ee46bc}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
      header{background:#101828;color:#fff;padding:18px 28px}
      header h1{margin:0;font-size:20px} header .sub{color:#98a2b3;font-size:13px}
      main{padding:20px 28px;max-width:1400px}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:18px}
      .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px;min-width:170px}
      .card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
      .card .v{font-size:22px;font-weight:600} .card .s{color:var(--muted);font-size:12px}
      table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:8px}
      th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:12px;color:var(--muted);font-weight:600;background:#fcfcfd}
      .chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;margin-right:3px}
      .PASSED{background:var(--ok)} .FAILED{background:var(--bad)} .ERROR{background:#b42318} .SKIPPED{background:#98a2b3}
      section.case{background:#fff;border:1px solid var(--line);border-radius:10px;margin:16px 0;padding:10px 16px}
      section.case h2{font-size:16px;margin:6px 0}
      details.run{border-top:1px solid var(--line);padding:8px 0} details.run summary{cursor:pointer;font-weight:600}
      ul.asserts{list-style:none;padding-left:4px;margin:6px 0} ul.asserts li{margin:2px 0}
      .pass{color:var(--ok)} .fail{color:var(--bad)}
      .waterfall{margin:10px 0;border:1px solid var(--line);border-radius:8px;padding:6px 8px;background:#fff}
      .axis,.row{display:grid;grid-template-columns:230px 1fr 300px;gap:8px;align-items:center}
      .axis{font-size:11px;color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:3px}
      .axis .ticks{position:relative;height:14px} .axis .ticks span{position:absolute;transform:translateX(-50%);white-space:nowrap}
      .axis .ticks span:first-child{transform:none} .axis .ticks span:last-child{transform:translateX(-100%)}
      .row{min-height:22px;font-size:12.5px;border-bottom:1px dashed #f2f4f7}
      .row .label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
      .row .track{position:relative;height:14px;background:#f2f4f7;border-radius:3px}
      .row .bar{position:absolute;top:0;height:14px;border-radius:3px;min-width:3px}
      .row .meta{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
      .kind-MODEL .bar{background:var(--model)} .kind-TOOL .bar{background:var(--tool)}
      .kind-RETRY .bar{background:repeating-linear-gradient(45deg,var(--retry),var(--retry) 4px,#fec84b 4px,#fec84b 8px)}
      .kind-GUARDRAIL .bar{background:var(--guard);width:6px!important} .kind-LIMIT .bar{background:var(--limit);width:6px!important}
      .kind-BUDGET .bar{background:var(--budget);width:6px!important}
      .row.status-error .bar{outline:2px solid var(--bad)} .row.status-block .bar{background:var(--bad)}
      .detail{color:var(--muted);font-size:12px;margin:0 0 2px 238px;white-space:pre-wrap;word-break:break-word}
      table.diff{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;margin:6px 0}
      table.diff td{width:50%;white-space:pre-wrap;word-break:break-word}
      table.diff tr.CHANGE td, table.diff tr.DELETE td.old, table.diff tr.INSERT td.new{background:#fffaeb}
      del{background:#fee4e2;text-decoration:none} ins{background:#d1fadf;text-decoration:none}
      pre.output{background:#f9fafb;border:1px solid var(--line);border-radius:6px;padding:8px;white-space:pre-wrap;margin:6px 0}
      .hist{display:flex;align-items:flex-end;gap:2px;height:60px;margin-top:6px}
      .hist div{background:var(--model);width:14px;border-radius:2px 2px 0 0}
      .muted{color:var(--muted)} .note{color:var(--warn);font-size:12px}
      label.filter{font-size:13px;color:var(--muted)}
      body.failed-only section.case.all-passed{display:none}
      """;

  static String escape(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String page(String title, String subtitle, String body, @Nullable String script) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>"
        + "<header><h1>" + escape(title) + "</h1><div class=\"sub\">" + escape(subtitle) + "</div></header>"
        + "<main>" + body + "</main>" + (script == null ? "" : "<script>" + script + "</script>") + "</body></html>\n";
  }

  static String card(String key, String value, String sub) {
    return "<div class=\"card\"><div class=\"k\">" + escape(key) + "</div><div class=\"v\">" + escape(value)
        + "</div><div class=\"s\">" + escape(sub) + "</div></div>";
  }

  static String waterfall(Timeline t) {
    StringBuilder sb = new StringBuilder("<div class=\"waterfall\" data-total-ms=\"").append(num(t.totalMs()))
        .append("\">");
    double total = t.totalMs() <= 0 ? 1 : t.totalMs();
    sb.append("<div class=\"axis\"><span>").append(t.rows().size()).append(" events")
        .append(t.estimated() ? " <span class=\"note\">(offsets estimated: no events recorded)</span>" : "")
        .append("</span><div class=\"ticks\">");
    for (int i = 0; i <= 4; i++) {
      sb.append("<span style=\"left:").append(i * 25).append("%\">").append(ms(total * i / 4)).append("</span>");
    }
    sb.append("</div><span>start · duration · tokens · cost</span></div>");
    for (TimelineRow r : t.rows()) {
      double left = Math.min(100, r.startMs() / total * 100);
      double width = Math.max(0.4, Math.min(100 - left, r.durationMs() / total * 100));
      sb.append("<div class=\"row kind-").append(r.kind()).append(" status-").append(escape(r.status()))
          .append("\" data-kind=\"").append(r.kind().name().toLowerCase(Locale.ROOT))
          .append("\" data-start-ms=\"").append(num(r.startMs())).append("\" data-duration-ms=\"")
          .append(num(r.durationMs())).append("\" title=\"").append(escape(r.detail())).append("\">")
          .append("<span class=\"label\">").append(r.step() > 0 ? "<span class=\"muted\">" + r.step() + "</span> " : "")
          .append(escape(r.label())).append(r.status().equals("ok") ? "" : " <b>" + escape(r.status()) + "</b>")
          .append("</span><span class=\"track\"><span class=\"bar\" style=\"left:").append(num(left))
          .append("%;width:").append(num(width)).append("%\"></span></span><span class=\"meta\">+")
          .append(ms(r.startMs())).append(" · ").append(ms(r.durationMs()));
      if (r.tokens() != null) {
        sb.append(" · ").append(r.tokens()).append(" tok");
      }
      if (r.costUsd() != null && r.costUsd().signum() > 0) {
        sb.append(" · ").append(usd(r.costUsd()));
      }
      sb.append("</span></div>");
      if (!r.detail().isEmpty()) {
        sb.append("<div class=\"detail\">").append(escape(r.detail())).append("</div>");
      }
    }
    return sb.append("</div>").toString();
  }

  static String diff(String expected, String actual) {
    DiffRowGenerator gen = DiffRowGenerator.create()
        .showInlineDiffs(true)
        .inlineDiffByWord(true)
        .mergeOriginalRevised(false)
        .oldTag(open -> open ? "<del>" : "</del>")
        .newTag(open -> open ? "<ins>" : "</ins>")
        .build();
    List<DiffRow> rows = gen.generateDiffRows(List.of(expected.split("\n", -1)), List.of(actual.split("\n", -1)));
    StringBuilder sb = new StringBuilder("<table class=\"diff\"><tr><th>expected</th><th>actual</th></tr>");
    for (DiffRow r : rows) {
      sb.append("<tr class=\"").append(r.getTag()).append("\"><td class=\"old\">").append(r.getOldLine())
          .append("</td><td class=\"new\">").append(r.getNewLine()).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }

  static String ms(double ms) {
    if (Double.isNaN(ms)) {
      return "–";
    }
    return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000)
        : ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String usd(BigDecimal v) {
    if (v == null) {
      return "–";
    }
    return "$" + (v.abs().compareTo(new BigDecimal("0.01")) < 0 && v.signum() != 0
        ? v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
        : v.setScale(4, RoundingMode.HALF_UP).toPlainString());
  }

  static String num(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String pct(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.0f%%", d * 100);
  }
}
