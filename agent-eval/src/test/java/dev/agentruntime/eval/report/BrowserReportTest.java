package dev.agentruntime.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.testing.browser.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the eval report in a real headless Chromium: no console errors, the waterfall has the
 * expected rows with visible bars (parallel tool calls side by side), nothing is blank, and a
 * screenshot is taken (target/eval-report.png). Skipped only when no chromium is installed.
 */
class BrowserReportTest {
  @TempDir static Path dir;
  private static HeadlessChromium browser;
  private static Path report;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    assumeTrue(binary.isPresent(), "chromium is not installed (apt-get install chromium, or set CHROMIUM=/path):"
        + " skipping the real-browser report test");
    EvalResult result = ReportTest.sampleEval();
    report = EvalReport.writeAll(result, dir.resolve("report")).html();
    browser = HeadlessChromium.start(binary.get(), dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theReportRendersWithoutErrorsAndTheWaterfallShowsEveryCall() throws Exception {
    HeadlessChromium.Load load = browser.open(report);
    assertThat(load.errors()).isEmpty();

    JsonNode summary = browser.eval("Array.from(document.querySelectorAll('#summary .card')).map(c =>"
        + " ({k: c.querySelector('.k').textContent, v: c.querySelector('.v').textContent.trim(),"
        + "   h: c.getBoundingClientRect().height}))");
    assertThat(summary.size()).isGreaterThanOrEqualTo(5);
    summary.forEach(c -> {
      assertThat(c.path("v").asText()).as(c.path("k").asText()).isNotBlank();
      assertThat(c.path("h").asDouble()).isPositive();
    });
    assertThat(browser.eval("document.querySelector('#summary').textContent").asText()).contains("50%");

    JsonNode rows = browser.eval("Array.from(document.querySelectorAll('#case-both-tools details.run')[0]"
        + ".querySelectorAll('.waterfall .row')).map(r => { const b = r.querySelector('.bar').getBoundingClientRect();"
        + " const t = r.querySelector('.track').getBoundingClientRect();"
        + " return {kind: r.dataset.kind, label: r.querySelector('.label').textContent.trim(),"
        + "   meta: r.querySelector('.meta').textContent.trim(), left: b.left - t.left, width: b.width,"
        + "   trackWidth: t.width, visible: b.height > 0}; })");
    assertThat(rows.size()).isEqualTo(4);
    assertThat(rows.findValuesAsText("kind")).containsExactly("model", "tool", "tool", "model");
    for (JsonNode r : rows) {
      assertThat(r.path("label").asText()).isNotBlank();
      assertThat(r.path("meta").asText()).startsWith("+");
      assertThat(r.path("width").asDouble()).isGreaterThan(0);
      assertThat(r.path("visible").asBoolean()).isTrue();
      assertThat(r.path("left").asDouble() + r.path("width").asDouble())
          .isLessThanOrEqualTo(r.path("trackWidth").asDouble() + 1);
    }
    // the two tool calls ran in parallel: their bars overlap horizontally
    JsonNode a = rows.get(1);
    JsonNode b = rows.get(2);
    assertThat(b.path("left").asDouble()).isLessThan(a.path("left").asDouble() + a.path("width").asDouble());
    assertThat(a.path("left").asDouble()).isLessThan(b.path("left").asDouble() + b.path("width").asDouble());
    // and the second model call starts after them
    assertThat(rows.get(3).path("left").asDouble()).isGreaterThan(rows.get(1).path("left").asDouble());

    // the failing case shows the diff, opened, with the changed words marked
    JsonNode diff = browser.eval("(() => { const d = document.querySelector('#case-wrong-answer details.run');"
        + " return {open: d.open, del: d.querySelectorAll('table.diff del').length,"
        + " ins: d.querySelectorAll('table.diff ins').length,"
        + " actual: d.querySelector('table.diff td.new').textContent}; })()");
    assertThat(diff.path("open").asBoolean()).isTrue();
    assertThat(diff.path("del").asInt()).isPositive();
    assertThat(diff.path("ins").asInt()).isPositive();
    assertThat(diff.path("actual").asText()).contains("<script>alert(1)</script>");
    assertThat(browser.eval("document.querySelectorAll('script').length").asInt()).isEqualTo(1);

    // the filter hides passing cases
    JsonNode filtered = browser.eval("(() => { const box = document.getElementById('failed-only'); box.click();"
        + " return {both: getComputedStyle(document.getElementById('case-both-tools')).display,"
        + " wrong: getComputedStyle(document.getElementById('case-wrong-answer')).display}; })()");
    assertThat(filtered.path("both").asText()).isEqualTo("none");
    assertThat(filtered.path("wrong").asText()).isNotEqualTo("none");
    browser.eval("document.getElementById('failed-only').click()");

    Path png = Path.of("target", "eval-report.png");
    browser.screenshot(png, 1400);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(image.getHeight()).isGreaterThan(600);
    assertThat(countColour(image, 0x2e90fa)).as("model-call bars (blue) in the screenshot").isGreaterThan(50);
    assertThat(countColour(image, 0x12b76a)).as("tool-call bars / pass chips (green)").isGreaterThan(50);
  }

  @Test
  void theErrorCheckCatchesABrokenPage() throws Exception {
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><html><body><script>console.error('bad'); missingFunction();</script>"
        + "</body></html>");
    HeadlessChromium.Load load = browser.open(broken);
    assertThat(load.errors()).anySatisfy(e -> assertThat(e).contains("missingFunction"))
        .anySatisfy(e -> assertThat(e).startsWith("console.error"));
  }

  private static int countColour(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
