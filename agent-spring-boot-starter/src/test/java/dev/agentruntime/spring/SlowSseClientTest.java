package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An SSE client that stops reading holds neither the run nor the run's other SSE clients: the run
 * streams far more than the socket buffers hold while one client never reads, and still ends, and
 * a second client reads every event. The container's write timeout is set far beyond the test's
 * bounds, so a write that blocks the run would hold it past them.
 */
@SpringBootTest(
    classes = SupportTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.streaming=true",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.api.heartbeat=200ms",
      "agent.resilience.model-max-retries=0",
      "server.tomcat.connection-timeout=10m"
    })
class SlowSseClientTest {

  static final String ALICE = "alice-key-0123456789";
  /** 256 deltas of 64 KB: 16 MB, several times what a socket's send and receive buffers hold */
  static final int DELTAS = 256;

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Event(long id, String type, int dataChars) {}

  @Test
  void aClientThatStopsReadingHoldsNeitherTheRunNorTheOtherClients() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    SupportTestApp.BIG_GATE = gate;
    try (Socket stalled = new Socket()) {
      String id = startAsync("big " + DELTAS);
      // a client with a tiny receive window that reads the stream's first event, then nothing more
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("localhost", port), 5000);
      stalled.setSoTimeout(30_000);
      OutputStream out = stalled.getOutputStream();
      out.write(("GET /runs/" + id + "/events HTTP/1.1\r\nHost: localhost:" + port + "\r\nX-API-Key: " + ALICE
          + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readUntil(stalled.getInputStream(), "event:run_started"))
          .as("the stalled client is subscribed").isTrue();

      // a normal client, subscribed before the deltas stream
      CountDownLatch firstEvent = new CountDownLatch(1);
      CompletableFuture<List<Event>> normal = CompletableFuture.supplyAsync(() -> {
        try {
          return readEvents(id, firstEvent);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(firstEvent.await(30, TimeUnit.SECONDS)).as("the normal client is subscribed").isTrue();

      gate.countDown();
      String status = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && !status.contains("\"status\":\"COMPLETED\"")) {
        Thread.sleep(200);
        status = get("/runs/" + id).body();
      }
      assertThat(status).as("the run ends while a client does not read its events")
          .contains("\"status\":\"COMPLETED\"");

      List<Event> events = normal.get(60, TimeUnit.SECONDS);
      List<Long> expected = new ArrayList<>();
      for (long i = 1; i <= events.size(); i++) {
        expected.add(i);
      }
      assertThat(events).extracting(Event::id).as("every event once, in order").isEqualTo(expected);
      assertThat(events).filteredOn(e -> e.type().equals("text_delta")).hasSize(DELTAS)
          .allSatisfy(e -> assertThat(e.dataChars()).isGreaterThan(SupportTestApp.BIG_DELTA_CHARS));
      assertThat(events).last().extracting(Event::type).isEqualTo("run_completed");
    } finally {
      gate.countDown();
      SupportTestApp.BIG_GATE = new CountDownLatch(0);
    }
  }

  /** Reads bytes until {@code marker} went by (true) or the stream ended (false). */
  static boolean readUntil(InputStream in, String marker) throws Exception {
    StringBuilder seen = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      seen.append((char) b);
      if (seen.indexOf(marker) >= 0) {
        return true;
      }
    }
    return false;
  }

  String startAsync(String input) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/agents/support/runs"))
        .header("Content-Type", "application/json").header("X-API-Key", ALICE)
        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"" + input + "\",\"async\":true}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(202);
    Matcher m = Pattern.compile("\"runId\":\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", ALICE)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Reads a run's whole event stream (the size of each event's data, not the data). */
  List<Event> readEvents(String runId, CountDownLatch firstEvent) throws Exception {
    HttpResponse<InputStream> r = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/runs/" + runId + "/events"))
            .header("X-API-Key", ALICE).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    List<Event> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      long id = -1;
      String type = null;
      int data = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (id >= 0) {
            out.add(new Event(id, type, data));
            firstEvent.countDown();
          }
          id = -1;
          type = null;
          data = 0;
        } else if (line.startsWith("id:")) {
          id = Long.parseLong(line.substring(3).trim());
        } else if (line.startsWith("event:")) {
          type = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data += line.length() - 5;
        }
      }
    }
    return out;
  }
}
