package dev.agentruntime.store.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.agentruntime.testing.postgres.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable runs for real: a child JVM runs a two-tool agent against WireMock with checkpoints on
 * PostgreSQL and is killed with SIGKILL at several points of a step; a second JVM resumes the run.
 * The answer, the refund's side effects, the tokens recorded, the run's cost and what its budget
 * spent are exactly an uninterrupted run's.
 */
@ExtendWith(PostgresServer.class)
class DurableCrashTest {
  private static final String PATH = "/v1/chat/completions";
  private static WireMockServer wiremock;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startModel() {
    wiremock = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    wiremock.start();
    // answers depend only on what the conversation already holds, as a model's would
    wiremock.stubFor(post(urlEqualTo(PATH)).atPriority(1).withRequestBody(containing("status: refunded"))
        .willReturn(json(text("chatcmpl-3", "Order 42 is refunded and now shows as refunded.", 300, 20))));
    wiremock.stubFor(post(urlEqualTo(PATH)).atPriority(2).withRequestBody(containing("refund R-42 done"))
        .willReturn(json(toolCall("chatcmpl-2", "call_2", "lookup", "{\\\"order\\\":42}", 200, 15))
            .withFixedDelay(1500)));
    wiremock.stubFor(post(urlEqualTo(PATH)).atPriority(3)
        .willReturn(json(toolCall("chatcmpl-1", "call_1", "refund", "{\\\"order\\\":42}", 100, 10))));
  }

  @AfterAll
  static void stopModel() {
    wiremock.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String text(String id, String text, int prompt, int completion) {
    return """
        {"id":"%s","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
         "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
        """.formatted(id, text, prompt, completion, prompt + completion);
  }

  private static String toolCall(String id, String callId, String name, String args, int prompt, int completion) {
    return """
        {"id":"%s","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":null,
           "tool_calls":[{"id":"%s","type":"function","function":{"name":"%s","arguments":"%s"}}]},
           "finish_reason":"tool_calls"}],
         "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
        """.formatted(id, callId, name, args, prompt, completion, prompt + completion);
  }

  private record Outcome(String result, String usage, String modelCalls, String cost, String budget,
      List<String> lines) {}

  private static Process child(String mode, String runId, String crash, Path effects) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xshare:auto",
        "-XX:TieredStopAtLevel=1", CrashChild.class.getName(), mode, runId, crash,
        "http://127.0.0.1:" + wiremock.port() + "/v1", PostgresServer.get().jdbcUrl(), effects.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          q.add(line);
        }
      } catch (Exception ignored) {
        // the process died
      }
      q.add("<eof>");
    });
    t.setDaemon(true);
    t.start();
    return q;
  }

  private static Outcome complete(Process p, BlockingQueue<String> q) throws Exception {
    List<String> got = new ArrayList<>();
    while (true) {
      String line = q.poll(120, TimeUnit.SECONDS);
      assertThat(line).as("child output so far: %s", got).isNotNull();
      if (line.equals("<eof>")) {
        break;
      }
      got.add(line);
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("child output: %s", got).isZero();
    return new Outcome(find(got, "RESULT "), find(got, "USAGE "), find(got, "MODELCALLS "), find(got, "COST "),
        find(got, "BUDGET "), got);
  }

  private static String find(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
        .orElseThrow(() -> new AssertionError("no " + prefix + " in " + lines));
  }

  private static long effects(Path file, String runId) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    return Files.readAllLines(file).stream().filter(l -> l.contains(":" + runId + ":")).count();
  }

  @Test
  void killedAtAnyPointOfAStepTheResumedRunEndsExactlyAsAnUninterruptedOne() throws Exception {
    Path effects = dir.resolve("effects.log");
    Process base = child("run", "run-straight", "none", effects);
    Outcome straight = complete(base, lines(base));
    assertThat(straight.result()).isEqualTo("Order 42 is refunded and now shows as refunded.");
    assertThat(straight.usage()).isEqualTo("600 45");
    // gpt-4o-mini: 600 x $0.15 + 45 x $0.60 per million tokens; spent once, nothing left reserved
    assertThat(straight.cost()).isEqualTo("0.000117");
    assertThat(straight.budget()).isEqualTo("117000 0");
    assertThat(effects(effects, "run-straight")).isEqualTo(1);

    for (String point : List.of("before-tool", "during-tool", "after-tool", "during-model")) {
      String runId = "run-" + point;
      int requestsBefore = wiremock.findAll(postRequestedFor(urlEqualTo(PATH))).size();
      Process p = child("run", runId, point, effects);
      BlockingQueue<String> q = lines(p);
      String line;
      do {
        line = q.poll(120, TimeUnit.SECONDS);
        assertThat(line).as("child reached %s", point).isNotNull().isNotEqualTo("<eof>");
      } while (!line.equals("AT " + point));
      if (point.equals("during-model")) {
        Thread.sleep(300); // the request is at WireMock, which answers after 1.5 s
      }
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);

      Process r = child("resume", runId, "none", effects);
      Outcome resumed = complete(r, lines(r));
      assertThat(resumed.result()).as(point).isEqualTo(straight.result());
      assertThat(resumed.usage()).as("tokens recorded after a crash %s", point).isEqualTo(straight.usage());
      assertThat(resumed.modelCalls()).isEqualTo("3");
      assertThat(resumed.cost()).as("the resumed run's cost, crash %s", point).isEqualTo(straight.cost());
      assertThat(resumed.budget()).as("budget spent and reserved, crash %s", point).isEqualTo(straight.budget());
      assertThat(effects(effects, runId)).as("refunds after a crash %s", point).isEqualTo(1);
      int requests = wiremock.findAll(postRequestedFor(urlEqualTo(PATH))).size() - requestsBefore;
      // every model call is made once; the one killed in flight is made again (the provider saw it twice)
      assertThat(requests).as("model requests, crash %s", point).isEqualTo(point.equals("during-model") ? 4 : 3);
    }
  }
}
