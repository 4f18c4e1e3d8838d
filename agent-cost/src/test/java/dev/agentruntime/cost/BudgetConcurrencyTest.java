package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.ReserveResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BudgetConcurrencyTest {

  private static final int THREADS = 200;
  private static final int CALLS_PER_THREAD = 25;

  @Test
  void twoHundredThreadsNeverOverspendAndRefusalsNeverReachTheModel() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    // gpt-4o-mini: 0.15 / 0.60 per million. Each call reserves ~8 input + 100 output tokens
    // (~61 micro-dollars) and really uses 5 input + 1..100 output tokens.
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini",
        r -> TokenUsage.of(5, 1 + ThreadLocalRandom.current().nextInt(100)));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.globalDaily("0.01"))
        .budget(Budget.perTenant(BudgetWindow.MONTH, "0.008").forSubject("t1"))
        .build();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicLong reportedPicos = new AtomicLong();
    AtomicLong reportedT1Picos = new AtomicLong();
    AtomicReference<Throwable> unexpected = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      for (int t = 0; t < THREADS; t++) {
        String tenant = "t" + (t % 2);
        Thread th = new Thread(() -> {
          try {
            start.await();
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
              try {
                rt.run("go", RunOptions.builder().tenantId(tenant).build(), (in, ctx) -> {
                  ModelResponse r = ctx.model().chat(Fixtures.request("hello", 100));
                  long picos = ((BigDecimal) r.metadata().get(CostTracker.COST_METADATA_KEY)).movePointRight(12).longValueExact();
                  reportedPicos.addAndGet(picos);
                  if (tenant.equals("t1")) {
                    reportedT1Picos.addAndGet(picos);
                  }
                  return r.text();
                });
                ok.incrementAndGet();
              } catch (BudgetExceededException e) {
                refused.incrementAndGet();
              }
            }
          } catch (Throwable e) {
            unexpected.compareAndSet(null, e);
          }
        });
        th.start();
        threads.add(th);
      }
      start.countDown();
      for (Thread th : threads) {
        th.join();
      }
    }
    assertThat(unexpected.get()).isNull();
    BigDecimal spent = tracker.spent("global/day", null);
    BigDecimal t1 = tracker.spent("tenant/month/t1", "t1");
    // never over either budget, settled spend equals what the responses reported
    assertThat(spent).isLessThanOrEqualTo(new BigDecimal("0.01"));
    assertThat(t1).isLessThanOrEqualTo(new BigDecimal("0.008"));
    assertThat(spent).isEqualByComparingTo(BigDecimal.valueOf(reportedPicos.get(), 12));
    assertThat(t1).isEqualByComparingTo(BigDecimal.valueOf(reportedT1Picos.get(), 12));
    // every refused call was refused before the model saw it
    assertThat(ok.get() + refused.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
    assertThat(model.calls()).isEqualTo(ok.get());
    assertThat(refused.get()).isGreaterThan(THREADS * CALLS_PER_THREAD / 2);
    // nothing leaked: no reservation left, and the budget was used up to within one call
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
    assertThat(new BigDecimal("0.01").subtract(spent)).isLessThan(new BigDecimal("0.0000613"));
  }
}
