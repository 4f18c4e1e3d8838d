package dev.agentruntime.benchmarks.sandbox;

import dev.agentruntime.sandbox.CodeSandbox;
import dev.agentruntime.sandbox.ExecutionRequest;
import dev.agentruntime.sandbox.ExecutionResult;
import dev.agentruntime.sandbox.Interpreter;
import dev.agentruntime.sandbox.WarmPoolStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * Time to result of {@code print(1)} in python3, end to end through the public API, against a bare
 * {@link ProcessBuilder} run of {@code python3 -c "print(1)"} in the same run (sample mode: JMH
 * reports the median and p99 of every invocation):
 *
 * <ul>
 *   <li>{@code bare}: start python3, read its output, wait for it (same clean environment);
 *   <li>{@code cold}: {@link CodeSandbox#execute} with no pool (bubblewrap behind the root drop
 *       alone, seccomp, the harness that reads the code from a private file, sets the limits and
 *       reports the end, output readers; the sandbox's reaping runs in the background);
 *   <li>{@code pooled}: {@link CodeSandbox#execute} served by a warm pool of 2; before each
 *       invocation (not timed) the pool is full again, as it is when executions are not back to
 *       back (an empty pool means a cold start, measured by {@code cold}).
 * </ul>
 *
 * <p>Needs bubblewrap. Short run: {@code -f 1 -wi 1 -i 3 -w 2s -r 3s}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SandboxTimeToResultBenchmark {

  private static final String CODE = "print(1)";

  /** A sandbox without a pool. */
  @State(Scope.Benchmark)
  public static class Cold {
    CodeSandbox sandbox;

    /** Builds it. */
    @Setup(Level.Trial)
    public void setUp() {
      sandbox = CodeSandbox.builder().maxConcurrentExecutions(1).build();
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void tearDown() {
      sandbox.close();
    }
  }

  /** A sandbox with a warm python3 pool of 2. */
  @State(Scope.Benchmark)
  public static class Pooled {
    CodeSandbox sandbox;

    /** Builds it. */
    @Setup(Level.Trial)
    public void setUp() {
      sandbox = CodeSandbox.builder().maxConcurrentExecutions(1).warmPool("python3", 2).build();
    }

    /** Waits (untimed) until the pool is full. */
    @Setup(Level.Invocation)
    public void awaitFull() throws InterruptedException {
      while (true) {
        WarmPoolStats s = sandbox.warmPoolStats().get(0);
        if (s.ready() >= s.capacity()) {
          return;
        }
        Thread.sleep(1);
      }
    }

    /** Closes it and checks that every measured execution was pooled. */
    @TearDown(Level.Trial)
    public void tearDown() {
      WarmPoolStats s = sandbox.warmPoolStats().get(0);
      sandbox.close();
      if (s.missed() > 0 || s.failed() > 0) {
        throw new IllegalStateException("some executions were not pooled: " + s);
      }
    }
  }

  /**
   * @return python3's output
   * @throws IOException when it cannot start
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public String bare() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(Interpreter.python3().command().get(0), "-B", "-c", CODE));
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
    pb.environment().put("HOME", "/tmp");
    pb.environment().put("LANG", "C.UTF-8");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.getErrorStream().readAllBytes();
    if (p.waitFor() != 0 || !out.equals("1\n")) {
      throw new IllegalStateException("bare run failed: " + out);
    }
    return out;
  }

  /**
   * @param s the sandbox
   * @return the result
   */
  @Benchmark
  public ExecutionResult cold(Cold s) {
    return check(s.sandbox.execute(ExecutionRequest.of("python3", CODE)));
  }

  /**
   * @param s the sandbox with its pool
   * @return the result
   */
  @Benchmark
  public ExecutionResult pooled(Pooled s) {
    return check(s.sandbox.execute(ExecutionRequest.of("python3", CODE)));
  }

  private static ExecutionResult check(ExecutionResult r) {
    if (!r.succeeded() || !r.stdout().equals("1\n")) {
      throw new IllegalStateException("sandboxed run failed: " + r);
    }
    return r;
  }
}
