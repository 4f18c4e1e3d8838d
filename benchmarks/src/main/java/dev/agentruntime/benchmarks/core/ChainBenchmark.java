package dev.agentruntime.benchmarks.core;

import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the interceptor chain per model call, against calling the model client directly.
 *
 * <p>Each invocation makes {@value #CALLS} model calls inside one run (the run's own setup is
 * amortised over them), so scores are per model call. {@code direct} is the baseline;
 * {@code bareChain} has no optional interceptor (resilience off, limits none: only the always-on
 * limits stage); {@code limitsAndResilience} has the default limits plus retry and circuit breaker.
 * Run with {@code -prof gc} for bytes allocated per call ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChainBenchmark {
  static final int CALLS = 100;
  static final int DELTAS = 100;

  /** A streaming model: {@value #DELTAS} deltas, then the response. */
  private static final ModelClient STREAMING = new ModelClient() {
    @Override
    public ModelResponse chat(ModelRequest request) {
      return RESPONSE;
    }

    @Override
    public ModelResponse chatStreaming(ModelRequest request, java.util.function.Consumer<String> onTextDelta) {
      for (int i = 0; i < DELTAS; i++) {
        onTextDelta.accept("tok");
      }
      return RESPONSE;
    }
  };

  private static final ModelResponse RESPONSE = ModelResponse.ofText("ok", TokenUsage.of(10, 2));
  private static final ModelRequest REQUEST = ModelRequest.of(new UserMessage("hello"));

  private final ModelClient model = request -> RESPONSE;
  private AgentRuntime bare;
  private AgentRuntime guarded;
  private AgentLoop loop;
  private AgentLoop streamLoop;
  private Blackhole hole;

  /** @param bh JMH's blackhole */
  @Setup(Level.Trial)
  public void setUp(Blackhole bh) {
    this.hole = bh;
    bare = AgentRuntime.builder().model(model).limits(RunLimits.none()).resilience(ResiliencePolicy.none()).build();
    guarded = AgentRuntime.builder().model(model)
        .limits(RunLimits.builder().maxSteps(0).maxModelCalls(CALLS + 1).build())
        .resilience(ResiliencePolicy.defaults()).build();
    loop = (in, ctx) -> {
      ModelClient m = ctx.model();
      for (int i = 0; i < CALLS; i++) {
        hole.consume(m.chat(REQUEST));
      }
      return in;
    };
    streamLoop = (in, ctx) -> {
      hole.consume(ctx.model(STREAMING).chatStreaming(REQUEST, hole::consume));
      return in;
    };
  }

  /** Stops the runtimes' threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    bare.close();
    guarded.close();
  }

  /**
   * @param bh blackhole
   * @throws Exception never
   */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public void direct(Blackhole bh) throws Exception {
    for (int i = 0; i < CALLS; i++) {
      bh.consume(model.chat(REQUEST));
    }
  }

  /** @return the run's result */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public Object bareChain() {
    return bare.run("x", loop);
  }

  /** @return the run's result */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public Object limitsAndResilience() {
    return guarded.run("x", loop);
  }

  /**
   * Baseline for streaming: {@value #DELTAS} deltas straight from the client; score per delta.
   *
   * @param bh blackhole
   * @return the response
   * @throws Exception never
   */
  @Benchmark
  @OperationsPerInvocation(DELTAS)
  public Object streamDirect(Blackhole bh) throws Exception {
    return STREAMING.chatStreaming(REQUEST, bh::consume);
  }

  /** @return the run's result: one streaming call of {@value #DELTAS} deltas through the bare chain */
  @Benchmark
  @OperationsPerInvocation(DELTAS)
  public Object streamBareChain() {
    return bare.run("x", streamLoop);
  }

  /** @return the run's result: the same through limits, retry (a sink per attempt) and breaker */
  @Benchmark
  @OperationsPerInvocation(DELTAS)
  public Object streamLimitsAndResilience() {
    return guarded.run("x", streamLoop);
  }
}
