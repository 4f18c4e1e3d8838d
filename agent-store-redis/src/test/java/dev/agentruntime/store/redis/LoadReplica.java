package dev.agentruntime.store.redis;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.RateLimitedException;
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
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One replica of the multi-process test, run as its own JVM: {@code threads} threads call a model
 * through a runtime whose cost tracker keeps its budget and plan in Redis, for {@code seconds}.
 * Tenant {@code acme} spends against a $1.00 budget; tenant {@code beta} runs into its RPM/TPM plan.
 * Prints one line: {@code RESULT acmeCalls betaCalls betaTokens budgetRefusals rateRefusals
 * storeRefusals callsAfterOutage pendingSettles otherErrors}.
 */
public final class LoadReplica {

  /** Tokens a call reports: 1 in, 6,000 out (gpt-4o-mini: $0.00360015); it reserves 7,000 out. */
  static final TokenUsage USAGE = TokenUsage.of(1, 6_000);
  static final int MAX_OUTPUT = 7_000;
  static final long BETA_RPM = 60;
  static final long BETA_TPM = 300_000;

  private LoadReplica() {}

  static CostTracker tracker(RedisStores redis, String namespace, Duration reservationTtl) {
    return tracker(redis, namespace, reservationTtl, "1.00");
  }

  static CostTracker tracker(RedisStores redis, String namespace, Duration reservationTtl, String budgetUsd) {
    UsagePlan betaPlan = UsagePlan.builder("beta-plan").requestsPerMinute(BETA_RPM).tokensPerMinute(BETA_TPM).build();
    return CostTracker.builder()
        .store(redis.costStore())
        .namespace(namespace)
        .reservationTtl(reservationTtl)
        .tokenEstimator((request, model) -> 1)
        .budget(Budget.perTenant(BudgetWindow.TOTAL, budgetUsd).named("tenant-total"))
        .usagePlans(UsagePlans.builder().assignTenant("beta", betaPlan).build())
        .build();
  }

  /**
   * @param args redis uri, namespace, threads, max seconds, reservation TTL ms, budget USD, whether to stop
   *     once the budget is used up and the plan has refused (else run for the max seconds), command
   *     timeout ms
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String uri = args[0];
    String ns = args[1];
    int threads = Integer.parseInt(args[2]);
    long seconds = Long.parseLong(args[3]);
    Duration ttl = Duration.ofMillis(Long.parseLong(args[4]));
    String budgetUsd = args[5];
    boolean stopWhenRefused = Boolean.parseBoolean(args[6]);
    Duration commandTimeout = Duration.ofMillis(Long.parseLong(args[7]));
    java.util.concurrent.atomic.AtomicBoolean usedUp = new java.util.concurrent.atomic.AtomicBoolean();
    AtomicLong acme = new AtomicLong();
    AtomicLong beta = new AtomicLong();
    AtomicLong betaTokens = new AtomicLong();
    AtomicLong budget = new AtomicLong();
    AtomicLong rate = new AtomicLong();
    AtomicLong store = new AtomicLong();
    AtomicLong afterOutage = new AtomicLong();
    AtomicLong other = new AtomicLong();
    AtomicLong lastOutageNanos = new AtomicLong();
    try (RedisStores redis = RedisStores.builder().uri(uri).commandTimeout(commandTimeout)
        .connectTimeout(Duration.ofSeconds(10)).build()) {
      // connect before the load starts, as an application does at start-up
      for (int i = 0; i < 50 && !redis.health().up(); i++) {
        Thread.sleep(200);
      }
      CostTracker tracker = tracker(redis, ns, ttl, budgetUsd);
      ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
          .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true).latency(Duration.ofMillis(20))
          .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), USAGE, FinishReason.STOP, null,
              "gpt-4o-mini", null))
          .build();
      try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(tracker)
          .limits(RunLimits.none()).resilience(ResiliencePolicy.none())
          .maxConcurrentRuns(threads * 2, Duration.ofSeconds(5)).build()) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> ts = new ArrayList<>();
        System.out.println("READY");
        System.out.flush();
        for (int t = 0; t < threads; t++) {
          boolean isBeta = t % 5 == 0;
          Thread th = new Thread(() -> {
            String tenant = isBeta ? "beta" : "acme";
            while (System.nanoTime() < end && !(stopWhenRefused && usedUp.get() && rate.get() >= 20)) {
              try {
                rt.run("go", RunOptions.builder().tenantId(tenant).userId("bot").build(), (in, ctx) ->
                    ctx.model().chat(ModelRequest.builder().addMessage(new UserMessage("go"))
                        .maxOutputTokens(MAX_OUTPUT).build()).text());
                if (isBeta) {
                  beta.incrementAndGet();
                  betaTokens.addAndGet(USAGE.totalTokens());
                } else {
                  acme.incrementAndGet();
                }
                if (lastOutageNanos.get() != 0) {
                  afterOutage.incrementAndGet();
                }
              } catch (BudgetExceededException e) {
                budget.incrementAndGet();
                // used up: less than two calls' worth left once nothing is in flight
                if (e.spentUsd().add(e.requestedUsd().multiply(java.math.BigDecimal.valueOf(2)))
                    .compareTo(e.limitUsd()) > 0 && tracker.budgetState("tenant-total", "acme").reservedNanos() == 0) {
                  usedUp.set(true);
                }
                sleep(5);
              } catch (RateLimitedException e) {
                rate.incrementAndGet();
                sleep(20);
              } catch (CostStoreUnavailableException e) {
                if (store.incrementAndGet() < 3) {
                  e.printStackTrace();
                }
                lastOutageNanos.set(System.nanoTime());
                sleep(20);
              } catch (RuntimeException e) {
                if (other.incrementAndGet() < 5) {
                  e.printStackTrace();
                }
                sleep(20);
              }
            }
          });
          th.start();
          ts.add(th);
        }
        for (Thread th : ts) {
          th.join();
        }
      }
      // settles the store could not take during an outage are retried until it takes them
      int pending = tracker.retryPendingSettles();
      for (int i = 0; i < 100 && pending > 0; i++) {
        Thread.sleep(100);
        pending = tracker.retryPendingSettles();
      }
      System.out.println("RESULT " + acme + " " + beta + " " + betaTokens + " " + budget + " " + rate + " " + store
          + " " + afterOutage + " " + pending + " " + other);
      System.out.flush();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
