package dev.agentruntime.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.testing.browser.HeadlessChromium;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The support chat service on a free port and its page in a real headless Chromium, used the way
 * a person uses it: type a question and see the answer stream in and its cost grow with each model
 * call (ending at the cost the run's result reports), ask for a refund and approve it with the
 * button, ask for another and cancel while it waits for approval. Screenshot:
 * target/chat-page.png (the README's docs/images/chat-page.png is a copy). Skipped only when no
 * chromium is installed.
 */
class ChatPageBrowserTest {
  static final Duration WAIT = Duration.ofSeconds(60); // a bound for a page that never gets there, not a speed target

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static HeadlessChromium browser;
  static String url;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    assumeTrue(binary.isPresent(), "chromium is not installed (apt-get install chromium, or set CHROMIUM=/path):"
        + " skipping the chat page test");
    app = SupportChatApp.start("--server.port=0");
    url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/";
    browser = HeadlessChromium.start(binary.get(), dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  void ask(String text) throws Exception {
    browser.click("#input");
    browser.type(text);
    browser.pressEnter();
  }

  int count(String selector) throws Exception {
    return browser.eval("document.querySelectorAll('" + selector + "').length").asInt();
  }

  String text(String selector) throws Exception {
    return browser.eval("Array.from(document.querySelectorAll('" + selector + "')).map(e => e.textContent)"
        + ".join('\\n')").asText();
  }

  /** What the agent API's run result reports as the run's cost (once the run is over: its last event may come first). */
  BigDecimal resultCost(String runId) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "runs/" + runId)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode run = json.readTree(r.body());
      if (!run.path("status").asText().equals("RUNNING") || System.nanoTime() > deadline) {
        JsonNode cost = run.path("result").path("costUsd");
        assertThat(cost.isNumber()).as("costUsd in " + r.body()).isTrue();
        return cost.decimalValue();
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aPersonAsksSeesTheAnswerStreamApprovesARefundAndCancelsAnother() throws Exception {
    assertThat(browser.open(url).errors()).isEmpty();
    assertThat(browser.eval("document.title").asText()).contains("Support chat");

    // every change to an assistant bubble while the answer arrives: a streamed answer changes it many times
    browser.eval("window.__bubbleChanges = 0; new MutationObserver(ms => ms.forEach(m => {"
        + " const t = m.target.nodeType === 1 ? m.target : m.target.parentElement;"
        + " if (t && t.closest('.assistant')) window.__bubbleChanges++; }))"
        + ".observe(document.getElementById('log'), {subtree: true, childList: true, characterData: true}); 0");

    // every value the running cost takes: it must grow as each model call completes
    browser.eval("window.__costs = []; new MutationObserver(() => { const v = document.getElementById('cost').dataset.usd;"
        + " if (v !== undefined && v !== window.__costs[window.__costs.length - 1]) window.__costs.push(v); })"
        + ".observe(document.getElementById('cost'), {attributes: true, attributeFilter: ['data-usd']}); 0");

    ask("Hi, where is order 1042?");
    browser.waitFor("document.querySelectorAll('.meta').length === 1", WAIT);
    assertThat(text(".msg.user")).isEqualTo("Hi, where is order 1042?");
    assertThat(text(".tool")).contains("lookup_order", "1042", "done");
    assertThat(text(".msg.assistant")).contains("noise-cancelling headphones", "shipped 9 business days ago");
    assertThat(browser.eval("window.__bubbleChanges").asInt()).as("the answer arrived in pieces").isGreaterThan(5);
    assertThat(text(".meta")).startsWith("completed").contains("tokens");

    // the cost, shown as each model call completed (a tool call, then the answer), is what the run's result reports
    List<BigDecimal> shown = new ArrayList<>();
    browser.eval("window.__costs").forEach(v -> shown.add(new BigDecimal(v.asText())));
    assertThat(shown).as("one running total per model call").hasSize(2);
    assertThat(shown.get(0)).isPositive().isLessThan(shown.get(1));
    BigDecimal displayed = new BigDecimal(browser.eval("document.getElementById('cost').dataset.usd").asText());
    assertThat(text("#cost")).isEqualTo("run cost $" + displayed.toPlainString() + " · 2 model calls");
    assertThat(text(".meta")).contains("$" + displayed.toPlainString());
    BigDecimal reported = resultCost(browser.eval("document.querySelector('.meta').dataset.runId").asText());
    assertThat(displayed).isPositive().isEqualByComparingTo(reported).isEqualByComparingTo(shown.get(1));

    ask("Please refund order 1042");
    browser.waitFor("document.querySelector('.approval button.approve')", WAIT);
    assertThat(text(".approval p")).contains("refund", "1042");
    assertThat(SupportChatApp.REFUNDS).doesNotContainKey(1042L); // nothing happens before the person approves
    browser.click(".approval button.approve");
    browser.waitFor("document.querySelectorAll('.meta').length === 2", WAIT);
    assertThat(text(".approval .decision")).contains("approved");
    assertThat(text(".tool[data-tool=refund]")).contains("done");
    assertThat(text(".msg.assistant")).contains("Order 1042 was refunded in full");
    assertThat(SupportChatApp.REFUNDS).containsEntry(1042L, 1);

    ask("And refund order 1043 too");
    browser.waitFor("document.querySelectorAll('.approval button.approve').length === 1", WAIT);
    browser.click("#cancel");
    // the run's own failure line, not the refund card (a tool card also turns .error when its call fails)
    browser.waitFor("document.querySelector('.run-failed')", WAIT);
    assertThat(text(".run-failed")).containsIgnoringCase("cancel");
    assertThat(count(".approval button")).as("the cancelled run's approval can no longer be answered").isZero();
    assertThat(text(".approval .decision")).contains("not answered");
    assertThat(browser.eval("document.getElementById('input').disabled").asBoolean()).isFalse();
    assertThat(SupportChatApp.REFUNDS).doesNotContainKey(1043L);

    assertThat(browser.errors()).isEmpty();
    Path shot = Path.of("target", "chat-page.png");
    browser.screenshot(shot, 900);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
