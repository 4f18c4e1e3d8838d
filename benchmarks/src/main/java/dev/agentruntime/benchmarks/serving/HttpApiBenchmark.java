package dev.agentruntime.benchmarks.serving;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP layer's cost per run: the same one-step run of an instant model, called in-process
 * ({@code direct}, the baseline) and through {@code POST /agents/bench/runs} on loopback with the
 * JDK HttpClient ({@code overHttp}: API-key filter, JSON, run registry, Tomcat, the client). The
 * difference is the overhead; compare within one run only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HttpApiBenchmark {
  ConfigurableApplicationContext app;
  AgentRuntime runtime;
  HttpClient http;
  HttpRequest post;

  @Setup(Level.Trial)
  public void start() {
    app = BenchService.start(Map.of());
    runtime = app.getBean(AgentRuntime.class);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
            + "/agents/bench/runs"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + BenchService.KEY)
        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"hello\"}")).build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    app.close();
  }

  @Benchmark
  public AgentResult direct() {
    return runtime.run("hello");
  }

  @Benchmark
  public String overHttp() throws Exception {
    HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}
