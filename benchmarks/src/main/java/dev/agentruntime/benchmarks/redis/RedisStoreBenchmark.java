package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.store.redis.RedisStores;
import dev.agentruntime.testing.redis.RedisServer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue #16 §5: a budget reservation plus its settle (one round trip each) and a rate-limit
 * permit on the Redis cost store against a throw-away {@code redis-server} on localhost, 16
 * threads, next to the in-memory store (the baseline, same run); and a run with 3 model calls
 * through a cost tracker on each store. Sample mode gives throughput and percentiles (p99).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RedisStoreBenchmark -f 1 -wi 4 -w 5s -i 3 -r 5s}
 * (a shorter warm-up measures C2 still compiling Lettuce's and Netty's paths). The server's own
 * cost per script is {@link RedisScriptServerTime}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisStoreBenchmark {

  /** A store (in memory, or Redis on a throw-away server) with one counter and one limiter. */
  @State(Scope.Benchmark)
  public static class Stores {
    /** Which store. */
    @Param({"memory", "redis"})
    public String store;

    RedisServer server;
    RedisStores redis;
    CostStore costStore;
    List<CounterSpec> counters;
    String limiter;
    final AtomicLong ids = new AtomicLong();

    /** Starts the server and connects. */
    @Setup(Level.Trial)
    public void setUp() {
      CostKeys keys = new CostKeys("bench");
      counters = List.of(
          new CounterSpec(keys.budget("global/day", "*"), Long.MAX_VALUE / 4, true, BudgetWindow.DAY, ZoneOffset.UTC,
              Duration.ofDays(1)),
          new CounterSpec(keys.budget("tenant/month", "acme"), Long.MAX_VALUE / 4, true, BudgetWindow.MONTH,
              ZoneOffset.UTC, Duration.ofDays(1)));
      limiter = keys.rate("plan:acme:rpm");
      if (store.equals("redis")) {
        server = RedisServer.start();
        redis = RedisStores.builder().uri(server.uri()).commandTimeout(Duration.ofSeconds(5)).build();
        costStore = redis.costStore();
      } else {
        costStore = new InMemoryCostStore();
      }
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      if (redis != null) {
        redis.close();
      }
      if (server != null) {
        server.close();
      }
    }
  }

  private static final Duration TTL = Duration.ofMinutes(5);

  /**
   * @param s the store
   * @return the used amount
   */
  @Benchmark
  @Threads(16)
  public long reserveAndSettle(Stores s) {
    String id = "b" + s.ids.incrementAndGet();
    if (!s.costStore.reserve(id, s.counters, 61_200, TTL).granted()) {
      throw new IllegalStateException("refused");
    }
    return s.costStore.settle(id, s.counters, 30_000).get(0).usedNanos();
  }

  /**
   * A limiter of a billion permits a minute (never refuses at this rate; the sliding log keeps
   * one entry per permit taken for a minute).
   *
   * @param s the store
   * @return whether granted
   */
  @Benchmark
  @Threads(16)
  public boolean ratePermit(Stores s) {
    return s.costStore.acquirePermits(s.limiter, "p" + s.ids.incrementAndGet(), 1, 1_000_000_000L,
        Duration.ofSeconds(10)).granted();
  }

  /** A runtime with a cost tracker (4 budgets, a plan) on the chosen store. */
  @State(Scope.Benchmark)
  public static class Runtimes {
    /** Which store the tracker uses. */
    @Param({"memory", "redis"})
    public String store;

    RedisServer server;
    RedisStores redis;
    AgentRuntime runtime;

    /** Builds the runtime. */
    @Setup(Level.Trial)
    public void setUp() {
      CostStore costStore;
      if (store.equals("redis")) {
        server = RedisServer.start();
        redis = RedisStores.builder().uri(server.uri()).commandTimeout(Duration.ofSeconds(5)).build();
        costStore = redis.costStore();
      } else {
        costStore = new InMemoryCostStore();
      }
      CostTracker tracker = CostTracker.builder().store(costStore).namespace("bench-run")
          .budget(Budget.globalDaily("1000000"))
          .budget(Budget.perTenant(BudgetWindow.MONTH, "1000000"))
          .budget(Budget.perRun("1000000"))
          .usagePlans(UsagePlans.builder().defaultPlan(UsagePlan.builder("bench").requestsPerMinute(100_000_000L)
              .build()).build())
          .tokenEstimator((r, m) -> 10)
          .build();
      ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
          .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true)
          .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), TokenUsage.of(10, 20), FinishReason.STOP,
              null, "gpt-4o-mini", null))
          .build();
      runtime = AgentRuntime.builder().model(model).interceptor(tracker)
          .limits(RunLimits.none()).resilience(ResiliencePolicy.none()).build();
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
      runtime.close();
      if (redis != null) {
        redis.close();
      }
      if (server != null) {
        server.close();
      }
    }
  }

  private static final ModelRequest REQUEST =
      ModelRequest.builder().addMessage(new UserMessage("hi")).maxOutputTokens(50).build();

  /**
   * @param r the runtime
   * @return the output
   */
  @Benchmark
  @Threads(1)
  public String runWithThreeModelCalls(Runtimes r) {
    return r.runtime.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(), (in, ctx) -> {
      ctx.model().chat(REQUEST);
      ctx.model().chat(REQUEST);
      return ctx.model().chat(REQUEST).text();
    }).output();
  }
}
