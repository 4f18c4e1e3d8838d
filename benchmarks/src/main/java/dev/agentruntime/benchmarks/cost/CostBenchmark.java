package dev.agentruntime.benchmarks.cost;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.InMemoryCostStore;
import java.time.Duration;
import java.time.ZoneOffset;
import dev.agentruntime.cost.store.ReserveResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Cost of budget enforcement, in two parts.
 *
 * <ul>
 *   <li>{@code reserveSettle*}: one reserve + settle pair on the in-memory store, against one
 *       shared budget counter (the contended case), with 1, 2 and 8 threads; {@code baseline} is
 *       two {@link AtomicLong} updates on one shared counter, the least any exact accounting
 *       costs.
 *   <li>{@code modelCall}: one model call through a runtime's chain (the model answers at once)
 *       inside a run of 100 calls, with {@code tracker=none} (baseline), a cost tracker that only
 *       prices and records ({@code pricing}), and one that also enforces four budgets (global
 *       day, tenant month, user day, run) and a usage plan with RPM and TPM limits
 *       ({@code full}); registering the tracker registers its per-attempt companion, so the
 *       RPM/TPM permits of every attempt are part of {@code full} (and of {@code pricing}, where no
 *       plan applies). The difference to {@code none} is the interceptors' cost.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CostBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CostBenchmark {

  /** A store with one counter whose limit is never reached. */
  @State(Scope.Benchmark)
  public static class StoreState {
    InMemoryCostStore store;
    List<CounterSpec> counters;
    final AtomicLong used = new AtomicLong();
    final AtomicLong reserved = new AtomicLong();
    final AtomicLong ids = new AtomicLong();

    /** Builds the store. */
    @Setup(Level.Trial)
    public void setUp() {
      store = new InMemoryCostStore();
      counters = List.of(new CounterSpec(CostKeys.defaults().budget("global/day", "*"), Long.MAX_VALUE, true,
          BudgetWindow.DAY, ZoneOffset.UTC, Duration.ofDays(1)));
    }
  }

  private static final Duration TTL = Duration.ofMinutes(5);

  private static long reserveSettle(StoreState s) {
    String id = Long.toString(s.ids.incrementAndGet());
    ReserveResult r = s.store.reserve(id, s.counters, 61_200, TTL);
    return r.granted() ? s.store.settle(id, s.counters, 30_000).get(0).usedNanos() : -1;
  }

  /**
   * @param s the store
   * @return the used amount
   */
  @Benchmark
  @Threads(1)
  public long baseline(StoreState s) {
    s.reserved.addAndGet(61_200);
    s.reserved.addAndGet(-61_200);
    return s.used.addAndGet(30_000);
  }

  /**
   * @param s the store
   * @return the used amount
   */
  @Benchmark
  @Threads(1)
  public long reserveSettle1Thread(StoreState s) {
    return reserveSettle(s);
  }

  /**
   * @param s the store
   * @return the used amount
   */
  @Benchmark
  @Threads(2)
  public long reserveSettle2Threads(StoreState s) {
    return reserveSettle(s);
  }

  /**
   * @param s the store
   * @return the used amount
   */
  @Benchmark
  @Threads(8)
  public long reserveSettle8Threads(StoreState s) {
    return reserveSettle(s);
  }

  /** A runtime with or without a cost tracker. */
  @State(Scope.Benchmark)
  public static class RuntimeState {
    /** Which tracker the runtime carries. */
    @Param({"none", "pricing", "full"})
    public String tracker;

    static final ModelResponse RESPONSE = new ModelResponse(AssistantMessage.of("ok"),
        new TokenUsage(120, 30, 64, 0, 0), FinishReason.STOP, "resp-1", "gpt-4o-mini", null);
    static final ModelRequest REQUEST = ModelRequest.builder()
        .addMessage(new UserMessage("Where is my order 42? It was due yesterday."))
        .maxOutputTokens(256).build();

    AgentRuntime runtime;

    /** Builds the runtime. */
    @Setup(Level.Trial)
    public void setUp() {
      ModelClient model = new ModelClient() {
        @Override
        public ModelResponse chat(ModelRequest request) {
          return RESPONSE;
        }

        @Override
        public ModelInfo info() {
          return ModelInfo.of("openai", "gpt-4o-mini");
        }
      };
      AgentRuntime.Builder b = AgentRuntime.builder().model(model)
          .resilience(ResiliencePolicy.none()).limits(RunLimits.none());
      switch (tracker) {
        case "none":
          break;
        case "pricing":
          b.interceptor(CostTracker.builder().build());
          break;
        case "full":
          // one registration: the tracker brings its per-attempt partner (RPM/TPM permits)
          b.interceptor(CostTracker.builder()
              .budget(Budget.globalDaily("1000000"))
              .budget(Budget.perTenant(BudgetWindow.MONTH, "1000000"))
              .budget(Budget.perUser(BudgetWindow.DAY, "1000000"))
              .budget(Budget.perRun("1000000"))
              .usagePlans(UsagePlans.builder().defaultPlan(UsagePlan.builder("bench")
                  .requestsPerMinute(1_000_000_000L).tokensPerMinute(1_000_000_000_000L).build()).build())
              .build());
          break;
        default:
          throw new IllegalArgumentException("unknown tracker param: " + tracker);
      }
      runtime = b.build();
    }

    /** Stops the runtime. */
    @TearDown(Level.Trial)
    public void tearDown() {
      runtime.close();
    }
  }

  static final int CALLS_PER_RUN = 100;

  static final RunOptions OPTIONS =
      RunOptions.builder().tenantId("acme").userId("alice").sessionId("s-1").build();

  /**
   * One run of {@value #CALLS_PER_RUN} model calls for tenant {@code acme}, user {@code alice};
   * reported per call.
   *
   * @param s the runtime
   * @return the result
   */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(CALLS_PER_RUN)
  public AgentResult modelCall(RuntimeState s) {
    return s.runtime.run("go", OPTIONS, (in, ctx) -> {
      String last = "";
      for (int i = 0; i < CALLS_PER_RUN; i++) {
        last = ctx.model().chat(RuntimeState.REQUEST).text();
      }
      return last;
    });
  }
}
