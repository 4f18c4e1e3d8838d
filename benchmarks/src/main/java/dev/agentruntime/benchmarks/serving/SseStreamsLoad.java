package dev.agentruntime.benchmarks.serving;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many concurrent SSE streams one instance holds: one run held open, then rounds of N clients
 * (loopback, the JDK HttpClient) each opening {@code GET /runs/{id}/events} and waiting for the
 * first event and a heartbeat; a round passes when every stream got both within 60 s. Rounds grow
 * until one fails or the largest is reached. Bounded in count and time; loopback only.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.agentruntime.benchmarks.serving.SseStreamsLoad 250 500 1000 2000</pre>
 */
public final class SseStreamsLoad {
  private SseStreamsLoad() {}

  /**
   * @param args the round sizes (default 250 500 1000 2000)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int[] rounds = args.length == 0 ? new int[] {250, 500, 1000, 2000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    boolean virtual = Runtime.version().feature() >= 21;
    try (ConfigurableApplicationContext app = BenchService.start(Map.of(
        "agent.api.heartbeat", "1s", "spring.threads.virtual.enabled", Boolean.toString(virtual)))) {
      String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/agents/bench/runs"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + BenchService.KEY)
          .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"hold\",\"async\":true}")).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"runId\":\"([^\"]+)\"").matcher(started.body());
      if (!m.find()) {
        throw new IllegalStateException("no run: " + started.body());
      }
      URI events = URI.create(base + "/runs/" + m.group(1) + "/events");
      System.out.printf("JDK %d, %d cores, virtual threads %s%n", Runtime.version().feature(),
          Runtime.getRuntime().availableProcessors(), virtual);
      for (int n : rounds) {
        if (!round(http, events, n)) {
          break;
        }
      }
      BenchService.RELEASE.countDown();
    }
  }

  private static boolean round(HttpClient http, URI events, int n) throws Exception {
    AtomicInteger ready = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(n);
    java.util.concurrent.ConcurrentHashMap<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
    CountDownLatch hold = new CountDownLatch(1); // every stream stays open until the round ends
    long t0 = System.nanoTime();
    ExecutorService readers = Executors.newCachedThreadPool();
    List<CompletableFuture<HttpResponse<InputStream>>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(http.sendAsync(HttpRequest.newBuilder(events).header("X-API-Key", BenchService.KEY)
          .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
    }
    for (CompletableFuture<HttpResponse<InputStream>> c : calls) {
      c.whenComplete((r, e) -> {
        if (e != null || r.statusCode() != 200) {
          failures.merge(e != null ? String.valueOf(e.getCause() != null ? e.getCause() : e) : "HTTP " + r.statusCode(),
              1, Integer::sum);
          done.countDown();
          return;
        }
        readers.execute(() -> {
          StringBuilder seen = new StringBuilder();
          try (InputStream in = r.body()) {
            byte[] buf = new byte[512];
            int k;
            while ((k = in.read(buf)) > 0) {
              seen.append(new String(buf, 0, k, StandardCharsets.UTF_8));
              if (seen.indexOf("event:") >= 0 && seen.indexOf(":heartbeat") >= 0) {
                ready.incrementAndGet();
                done.countDown();
                hold.await();
                return;
              }
            }
            failures.merge("ended early: " + seen.toString().replace('\n', ' '), 1, Integer::sum);
            done.countDown();
          } catch (Exception ex) {
            failures.merge(String.valueOf(ex), 1, Integer::sum);
            done.countDown();
          }
        });
      });
    }
    boolean finished = done.await(90, TimeUnit.SECONDS);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("%5d streams: %5d open at once, each with an event and a heartbeat, after %d ms%s%n", n,
        ready.get(), ms, finished ? "" : " (round timed out)");
    failures.forEach((why, count) -> System.out.printf("       %5d x %s%n", count, why.length() > 200 ? why.substring(0, 200) : why));
    hold.countDown();
    readers.shutdownNow();
    readers.awaitTermination(30, TimeUnit.SECONDS);
    return finished && ready.get() == n;
  }
}
