package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent HTTP API on a random port, driven by the JDK's HttpClient. */
@SpringBootTest(
    classes = {SupportTestApp.class, AgentApiTest.Pricing.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.api.keys[0].tenant=acme",
      "agent.api.keys[1].key=bob-key-0123456789ab",
      "agent.api.keys[1].user=bob",
      // another tenant's user named alice, or a key configured without its tenant
      "agent.api.keys[2].key=alice-no-tenant-0123",
      "agent.api.keys[2].user=alice",
      "agent.api.max-input-chars=200",
      "agent.api.heartbeat=200ms",
      "agent.resilience.model-max-retries=0",
      "management.endpoints.web.exposure.include=health"
    })
class AgentApiTest {

  /** Prices the test model (10 in + 5 out per call at 1 and 2 USD per million tokens: 0.00002 USD a call). */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Pricing {
    @org.springframework.context.annotation.Bean
    dev.agentruntime.cost.CostTracker costTracker() {
      return dev.agentruntime.cost.CostTracker.builder()
          .catalog(dev.agentruntime.cost.pricing.PricingCatalog.builder()
              .add(dev.agentruntime.cost.pricing.ModelPrice.of("support-model", "test", "1", "2")).build())
          .build();
    }
  }

  static final String ALICE = "alice-key-0123456789";
  static final String BOB = "bob-key-0123456789ab";
  static final String ALICE_NO_TENANT = "alice-no-tenant-0123";
  static final Pattern RUN_ID = Pattern.compile("\"runId\":\"([^\"]+)\"");

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void providerBack() {
    SupportTestApp.PROVIDER_DOWN.set(false);
  }

  HttpResponse<String> post(String path, String key, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (key != null) {
      b.header("X-API-Key", key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String startAsync(String input) throws Exception {
    HttpResponse<String> r = post("/agents/support/runs", ALICE, "{\"input\":\"" + input + "\",\"async\":true}");
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/runs/run-"));
    Matcher m = RUN_ID.matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void nothingIsOpenWithoutAKeyAndAWrongKeyIsRefused() throws Exception {
    HttpResponse<String> none = post("/agents/support/runs", null, "{\"input\":\"hi\"}");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(post("/agents/support/runs", "wrong-key-0123456789", "{\"input\":\"hi\"}").statusCode()).isEqualTo(401);
    assertThat(get("/runs/anything", null).statusCode()).isEqualTo(401);
  }

  @Test
  void synchronousRunAnswersWithTheResult() throws Exception {
    HttpResponse<String> r = post("/agents/support/runs", ALICE, "{\"input\":\"Where is order 42?\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"COMPLETED\"").contains("Answer to: Where is order 42?")
        .contains("\"totalTokens\":15");
  }

  @Test
  void badInputGetsProblemDetails() throws Exception {
    HttpResponse<String> unknown = post("/agents/nobody/runs", ALICE, "{\"input\":\"hi\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(unknown.body()).contains("urn:agent-runtime:problem:unknown-agent");

    HttpResponse<String> big = post("/agents/support/runs", ALICE, "{\"input\":\"" + "x".repeat(201) + "\"}");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.body()).contains("agent.api.max-input-chars");

    assertThat(post("/agents/support/runs", ALICE, "{\"input\":\"  \"}").statusCode()).isEqualTo(400);
    assertThat(post("/agents/support/runs", ALICE, "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void aTagWithoutAValueIsABadRequestNamingTheTag() throws Exception {
    HttpResponse<String> r = post("/agents/support/runs", ALICE, "{\"input\":\"hi\",\"tags\":{\"ok\":\"1\",\"a\":null}}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(r.body()).contains("urn:agent-runtime:problem:bad-request").contains("'a'");
    // a query parameter that is not a number is a problem too, not the container's error page
    HttpResponse<String> seq = get("/sessions/none/messages?fromSeq=abc", ALICE);
    assertThat(seq.statusCode()).isEqualTo(400);
    assertThat(seq.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(seq.body()).contains("urn:agent-runtime:problem:bad-request").contains("fromSeq");
  }

  @Test
  void aRefusingPlanGives429WithRetryAfter() throws Exception {
    HttpResponse<String> r = post("/agents/support/runs", ALICE, "{\"input\":\"plan-limited request\"}");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(r.body()).contains("urn:agent-runtime:problem:rate-limited").contains("\"runId\":\"run-");
  }

  @Test
  void aRunIsVisibleOnlyToItsOwner() throws Exception {
    String id = startAsync("slow 1");
    assertThat(get("/runs/" + id, ALICE).statusCode()).isEqualTo(200);
    assertThat(get("/runs/" + id, BOB).statusCode()).isEqualTo(404);
    assertThat(get("/runs/" + id + "/events", BOB).statusCode()).isEqualTo(404);
  }

  @Test
  void cancelDuringARun() throws Exception {
    String id = startAsync("slow 20");
    Thread.sleep(400);
    HttpRequest del = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/runs/" + id))
        .header("X-API-Key", ALICE).DELETE().build();
    assertThat(http.send(del, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
    String body = "";
    for (int i = 0; i < 50 && !body.contains("FAILED"); i++) {
      Thread.sleep(100);
      body = get("/runs/" + id, ALICE).body();
    }
    assertThat(body).contains("\"status\":\"FAILED\"").contains("\"type\":\"cancelled\"");
    // the whole event stream of a cancelled run ends with its failure
    List<Event> events = readEvents(id, 0, Integer.MAX_VALUE);
    assertThat(events).last().extracting(Event::type).isEqualTo("run_failed");
  }

  record Event(long id, String type, String data) {}

  /** Reads SSE events until the stream ends or {@code max} events were read (then drops the connection). */
  List<Event> readEvents(String runId, long lastEventId, int max) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/runs/" + runId + "/events"))
        .header("X-API-Key", ALICE).header("Accept", "text/event-stream").GET();
    if (lastEventId > 0) {
      b.header("Last-Event-ID", Long.toString(lastEventId));
    }
    HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    List<Event> out = new ArrayList<>();
    try (InputStream in = r.body();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long id = -1;
      String type = null;
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (id >= 0) {
            out.add(new Event(id, type, data.toString()));
            if (out.size() >= max) {
              break; // closing the stream drops the connection mid-run
            }
          }
          id = -1;
          type = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = Long.parseLong(line.substring(3).trim());
        } else if (line.startsWith("event:")) {
          type = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5));
        }
      }
    }
    return out;
  }

  @Test
  void sseResumesAfterADroppedConnectionWithEveryEventExactlyOnce() throws Exception {
    String id = startAsync("slow 4");
    List<Event> first = readEvents(id, 0, 3);
    assertThat(first).extracting(Event::id).containsExactly(1L, 2L, 3L);
    assertThat(first.get(0).type()).isEqualTo("run_started");
    List<Event> rest = readEvents(id, first.get(first.size() - 1).id(), Integer.MAX_VALUE);
    List<Event> all = new ArrayList<>(first);
    all.addAll(rest);
    List<Long> ids = all.stream().map(Event::id).toList();
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= all.size(); i++) {
      expected.add(i);
    }
    assertThat(ids).as("no duplicates, no gaps").isEqualTo(expected);
    assertThat(all).last().extracting(Event::type).isEqualTo("run_completed");
    assertThat(all).filteredOn(e -> e.type().equals("tool_call_completed")).hasSize(4);
    // a reconnect after the end replays exactly what was missed and closes
    assertThat(readEvents(id, all.size() - 2, Integer.MAX_VALUE)).extracting(Event::id)
        .containsExactly((long) all.size() - 1, (long) all.size());
    assertThat(get("/runs/" + id, ALICE).body()).contains("\"status\":\"COMPLETED\"");
  }

  @Test
  void theCostOfEachModelCallIsStreamedAndTheResultReportsTheRunsTotal() throws Exception {
    String id = startAsync("slow 2"); // three model calls
    List<Event> events = readEvents(id, 0, Integer.MAX_VALUE);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    List<java.math.BigDecimal> totals = new ArrayList<>();
    for (Event e : events) {
      if (e.type().equals("cost_incurred")) {
        com.fasterxml.jackson.databind.JsonNode c = json.readTree(e.data());
        assertThat(c.get("runId").asText()).isEqualTo(id);
        assertThat(c.get("costUsd").decimalValue()).isEqualByComparingTo("0.00002");
        totals.add(c.get("runCostUsd").decimalValue());
      }
    }
    assertThat(totals).as("one per model call, the run's cost so far")
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("0.00002"), new java.math.BigDecimal("0.00004"),
            new java.math.BigDecimal("0.00006"));
    // each call's cost comes before that call's completion, and all of it before the run's end
    List<String> types = events.stream().map(Event::type)
        .filter(t -> t.equals("cost_incurred") || t.equals("model_call_completed") || t.equals("run_completed")).toList();
    assertThat(types).containsExactly("cost_incurred", "model_call_completed", "cost_incurred", "model_call_completed",
        "cost_incurred", "model_call_completed", "run_completed");
    com.fasterxml.jackson.databind.JsonNode run = json.readTree(get("/runs/" + id, ALICE).body());
    assertThat(run.path("result").path("costUsd").decimalValue()).isEqualByComparingTo(totals.get(totals.size() - 1));
  }

  @Test
  void theWebSocketForwardsEachCallsCostExactlyAsTheRuntimeEncodedIt() throws Exception {
    java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    java.net.http.WebSocket ws = http.newWebSocketBuilder().header("X-API-Key", ALICE)
        .buildAsync(URI.create("ws://localhost:" + port + "/agents/support/ws"), new java.net.http.WebSocket.Listener() {
          final StringBuilder buf = new StringBuilder();

          @Override
          public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
              frames.add(buf.toString());
              buf.setLength(0);
            }
            w.request(1);
            return null;
          }
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    ws.sendText("{\"type\":\"run\",\"input\":\"slow 1\"}", true).get(); // two model calls
    List<String> costs = new ArrayList<>();
    String frame;
    boolean ended = false;
    while (!ended && (frame = frames.poll(30, java.util.concurrent.TimeUnit.SECONDS)) != null) {
      if (frame.contains("\"type\":\"cost_incurred\"")) {
        costs.add(frame);
      }
      ended = frame.contains("\"type\":\"run_completed\"") || frame.contains("\"type\":\"run_failed\"");
    }
    ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get(5, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(ended).isTrue();
    // amounts are exact decimals: a frame must carry them as the runtime wrote them, not as doubles (2.0E-5)
    assertThat(costs).hasSize(2);
    assertThat(costs.get(0)).contains("\"costUsd\":0.00002,").contains("\"runCostUsd\":0.00002,");
    assertThat(costs.get(1)).contains("\"runCostUsd\":0.00004,");
  }

  @Test
  void twoHundredConcurrentSseClientsEachSeeTheWholeRun() throws Exception {
    String id = startAsync("slow 3");
    List<CompletableFuture<List<Event>>> clients = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(200);
    for (int i = 0; i < 200; i++) {
      clients.add(CompletableFuture.supplyAsync(() -> {
        try {
          return readEvents(id, 0, Integer.MAX_VALUE);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, pool));
    }
    List<List<Event>> results = new ArrayList<>();
    for (CompletableFuture<List<Event>> c : clients) {
      results.add(c.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdownNow();
    int n = results.get(0).size();
    assertThat(n).isGreaterThan(8);
    for (List<Event> events : results) {
      assertThat(events).extracting(Event::id).hasSize(n).doesNotHaveDuplicates();
      assertThat(events).last().extracting(Event::type).isEqualTo("run_completed");
    }
  }

  @Test
  void aConversationContinuesBySessionIdAndIsReadableOnlyByItsOwner() throws Exception {
    assertThat(post("/agents/support/runs", ALICE, "{\"input\":\"first question\",\"sessionId\":\"chat-1\"}")
        .statusCode()).isEqualTo(200);
    HttpResponse<String> second =
        post("/agents/support/runs", ALICE, "{\"input\":\"second question\",\"sessionId\":\"chat-1\"}");
    assertThat(second.statusCode()).isEqualTo(200);
    HttpResponse<String> messages = get("/sessions/chat-1/messages", ALICE);
    assertThat(messages.statusCode()).isEqualTo(200);
    String body = messages.body();
    assertThat(body).contains("\"messageCount\":4");
    assertThat(body.indexOf("first question")).isLessThan(body.indexOf("second question"));
    assertThat(body).contains("\"role\":\"user\"").contains("\"role\":\"assistant\"");
    assertThat(get("/sessions", ALICE).body()).contains("chat-1");
    // bob can neither read nor continue alice's conversation
    assertThat(get("/sessions/chat-1/messages", BOB).statusCode()).isEqualTo(404);
    assertThat(get("/sessions", BOB).body()).doesNotContain("chat-1");
    assertThat(post("/agents/support/runs", BOB, "{\"input\":\"hijack\",\"sessionId\":\"chat-1\"}").statusCode())
        .isEqualTo(404);
    HttpRequest del = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sessions/chat-1"))
        .header("X-API-Key", ALICE).DELETE().build();
    assertThat(http.send(del, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    assertThat(get("/sessions/chat-1/messages", ALICE).statusCode()).isEqualTo(404);
  }

  @Test
  void overTheWebSocketAConversationIsContinuedOnlyByItsOwner() throws Exception {
    assertThat(post("/agents/support/runs", ALICE, "{\"input\":\"first question\",\"sessionId\":\"chat-ws\"}")
        .statusCode()).isEqualTo(200);
    // the same user id without alice's tenant is someone else: REST refuses it ...
    assertThat(post("/agents/support/runs", ALICE_NO_TENANT, "{\"input\":\"hijack\",\"sessionId\":\"chat-ws\"}")
        .statusCode()).isEqualTo(404);
    // ... and so does the WebSocket, for that key and for bob's
    for (String key : List.of(ALICE_NO_TENANT, BOB)) {
      java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
      java.net.http.WebSocket ws = openWebSocket(key, frames);
      ws.sendText("{\"type\":\"run\",\"input\":\"hijack\",\"sessionId\":\"chat-ws\"}", true).get();
      String frame = frames.poll(10, java.util.concurrent.TimeUnit.SECONDS);
      ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(frame).as("the first frame for " + key).isNotNull()
          .contains("\"type\":\"error\"").contains("no session 'chat-ws'");
    }
    Thread.sleep(300); // a run started anyway would have answered by now
    String messages = get("/sessions/chat-ws/messages", ALICE).body();
    assertThat(messages).contains("\"messageCount\":2").doesNotContain("hijack");
    // the owner continues it over the WebSocket
    java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    java.net.http.WebSocket ws = openWebSocket(ALICE, frames);
    ws.sendText("{\"type\":\"run\",\"input\":\"second question\",\"sessionId\":\"chat-ws\"}", true).get();
    String frame;
    boolean completed = false;
    while (!completed && (frame = frames.poll(30, java.util.concurrent.TimeUnit.SECONDS)) != null) {
      assertThat(frame).doesNotContain("\"type\":\"error\"");
      completed = frame.contains("\"type\":\"run_completed\"");
    }
    ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get(5, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(completed).isTrue();
    assertThat(get("/sessions/chat-ws/messages", ALICE).body()).contains("\"messageCount\":4").contains("second question");
  }

  /** Opens the agent's WebSocket with an API key; every text frame goes to {@code frames}. */
  java.net.http.WebSocket openWebSocket(String key, java.util.concurrent.BlockingQueue<String> frames) throws Exception {
    return http.newWebSocketBuilder().header("X-API-Key", key)
        .buildAsync(URI.create("ws://localhost:" + port + "/agents/support/ws"), new java.net.http.WebSocket.Listener() {
          final StringBuilder buf = new StringBuilder();

          @Override
          public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
              frames.add(buf.toString());
              buf.setLength(0);
            }
            w.request(1);
            return null;
          }
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
  }
}
