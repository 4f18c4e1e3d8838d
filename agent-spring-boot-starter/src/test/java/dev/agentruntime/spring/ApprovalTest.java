package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Human-in-the-loop approval of a refund tool, over REST + SSE and over the WebSocket. */
@SpringBootTest(
    classes = SupportTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.api.keys[1].key=bob-key-0123456789ab",
      "agent.api.keys[1].user=bob"
    })
class ApprovalTest {

  static final String ALICE = "alice-key-0123456789";
  static final Pattern APPROVAL_ID = Pattern.compile("\"approvalId\":\"([^\"]+)\"");
  static final Pattern RUN_ID = Pattern.compile("\"runId\":\"([^\"]+)\"");

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String path, String key, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void approvedOverRestTheRefundRunsOnce() throws Exception {
    int before = SupportTestApp.REFUNDS.get();
    HttpResponse<String> started = post("/agents/support/runs", ALICE, "{\"input\":\"refund 42\",\"async\":true}");
    Matcher run = RUN_ID.matcher(started.body());
    assertThat(run.find()).isTrue();
    String runId = run.group(1);
    // the browser way: EventSource cannot set headers, so the key rides as access_token
    HttpResponse<InputStream> sse = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/runs/" + runId + "/events?access_token=" + ALICE)).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(sse.statusCode()).isEqualTo(200);
    StringBuilder seen = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(sse.body(), StandardCharsets.UTF_8))) {
      String line;
      boolean answered = false;
      while ((line = r.readLine()) != null) {
        seen.append(line).append('\n');
        if (!answered && line.startsWith("data:") && line.contains("approvalId")) {
          Matcher m = APPROVAL_ID.matcher(line);
          assertThat(m.find()).isTrue();
          assertThat(SupportTestApp.REFUNDS.get()).as("nothing runs before the approval").isEqualTo(before);
          // someone else cannot answer it
          assertThat(post("/runs/" + runId + "/approvals/" + m.group(1), "bob-key-0123456789ab",
              "{\"approved\":true}").statusCode()).isEqualTo(404);
          HttpResponse<String> ok = post("/runs/" + runId + "/approvals/" + m.group(1), ALICE,
              "{\"approved\":true,\"reason\":\"customer verified\"}");
          assertThat(ok.statusCode()).isEqualTo(204);
          // a second answer is a conflict, not a second refund
          assertThat(post("/runs/" + runId + "/approvals/" + m.group(1), ALICE, "{\"approved\":true}")
              .statusCode()).isEqualTo(409);
          answered = true;
        }
      }
      assertThat(answered).isTrue();
    }
    assertThat(seen.toString()).contains("event:approval_requested").contains("event:approval_decided")
        .contains("event:run_completed").contains("refunded order 42");
    assertThat(SupportTestApp.REFUNDS.get()).isEqualTo(before + 1);
  }

  @Test
  void deniedOverTheWebSocketTheRefundNeverRuns() throws Exception {
    int before = SupportTestApp.REFUNDS.get();
    LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    WebSocket ws = http.newWebSocketBuilder().header("X-API-Key", ALICE)
        .buildAsync(URI.create("ws://localhost:" + port + "/agents/support/ws"), new WebSocket.Listener() {
          final StringBuilder buf = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
              frames.add(buf.toString());
              buf.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
          }
        }).get(10, TimeUnit.SECONDS);
    ws.sendText("{\"type\":\"nonsense\"}", true).get();
    assertThat(frames.poll(10, TimeUnit.SECONDS)).contains("\"type\":\"error\"").contains("unknown message type");
    ws.sendText("{\"type\":\"run\",\"input\":\"refund 7\"}", true).get();
    String frame;
    boolean completed = false;
    StringBuilder all = new StringBuilder();
    while (!completed && (frame = frames.poll(30, TimeUnit.SECONDS)) != null) {
      all.append(frame).append('\n');
      if (frame.contains("\"type\":\"approval_requested\"")) {
        Matcher a = APPROVAL_ID.matcher(frame);
        Matcher r = RUN_ID.matcher(frame);
        assertThat(a.find() && r.find()).isTrue();
        ws.sendText("{\"type\":\"approval\",\"runId\":\"" + r.group(1) + "\",\"approvalId\":\"" + a.group(1)
            + "\",\"approved\":false,\"reason\":\"not eligible\"}", true).get();
      }
      completed = frame.contains("\"type\":\"run_completed\"") || frame.contains("\"type\":\"run_failed\"");
    }
    assertThat(completed).as("frames: %s", all).isTrue();
    assertThat(all.toString()).contains("\"type\":\"approval_decided\"").contains("not eligible")
        .contains("\"type\":\"run_completed\"");
    assertThat(SupportTestApp.REFUNDS.get()).isEqualTo(before);
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
  }

  @Test
  void theWebSocketHandshakeNeedsAKey() {
    CompletableFuture<WebSocket> f = http.newWebSocketBuilder()
        .buildAsync(URI.create("ws://localhost:" + port + "/agents/support/ws"), new WebSocket.Listener() {});
    assertThat(f).failsWithin(10, TimeUnit.SECONDS);
  }
}
