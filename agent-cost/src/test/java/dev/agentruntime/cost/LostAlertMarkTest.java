package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetAlert;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A budget alert whose mark reached the store but whose reply was lost is still delivered, once. */
class LostAlertMarkTest {

  // gpt-4o-mini, 5 in + 100 out = 0.00006075 USD per call
  private final ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100));

  /** Marks alerts, but loses the reply of the next mark when told (a timeout: the mark was made). */
  static final class LossyStore implements CostStore {
    final CostStore delegate = new InMemoryCostStore();
    final AtomicBoolean loseNextMarkReply = new AtomicBoolean();

    @Override
    public ReserveResult reserve(String id, List<CounterSpec> counters, long amountNanos, Duration ttl) {
      return delegate.reserve(id, counters, amountNanos, ttl);
    }

    @Override
    public List<CounterState> settle(String id, List<CounterSpec> counters, long actualNanos) {
      return delegate.settle(id, counters, actualNanos);
    }

    @Override
    public CounterState read(CounterSpec counter) {
      return delegate.read(counter);
    }

    @Override
    public boolean markAlert(CounterSpec counter, String window, int thresholdPercent) {
      return lose(delegate.markAlert(counter, window, thresholdPercent));
    }

    @Override
    public boolean markAlert(CounterSpec counter, String window, int thresholdPercent, String token) {
      return lose(delegate.markAlert(counter, window, thresholdPercent, token));
    }

    private boolean lose(boolean reply) {
      if (loseNextMarkReply.compareAndSet(true, false)) {
        throw new CostStoreUnavailableException(describe(), "command timed out", null);
      }
      return reply;
    }

    @Override
    public RateResult acquirePermits(String key, String permitId, long permits, long limit, Duration period) {
      return delegate.acquirePermits(key, permitId, permits, limit, period);
    }

    @Override
    public void adjustPermits(String key, String permitId, long permits, Duration period) {
      delegate.adjustPermits(key, permitId, permits, period);
    }
  }

  @Test
  void anAlertWhoseMarkLostItsReplyIsDeliveredAtTheNextSettle() {
    LossyStore store = new LossyStore();
    List<BudgetAlert> alerts = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder().store(store)
        .budget(Budget.perUser(BudgetWindow.TOTAL, "0.001").alertAt(10, 20))
        .listener(new CostListener() {
          @Override
          public void onBudgetAlert(BudgetAlert alert) {
            alerts.add(alert);
          }
        })
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.loseNextMarkReply.set(true);
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(), (in, ctx) -> {
        ctx.model().chat(Fixtures.request("hello", 100)).text(); // 6.075%
        ctx.model().chat(Fixtures.request("hello", 100)).text(); // 12.15%: the 10% mark's reply is lost
        return ctx.model().chat(Fixtures.request("hello", 100)).text(); // 18.2%
      });
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).as("in the run").containsExactly(10);
      // another run of the same user
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()); // 24.3%
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(10, 20);
    }
  }

  @Test
  void anAlertWhoseMarkLostItsReplyInTheRunsLastCallIsDeliveredInTheUsersNextRun() {
    LossyStore store = new LossyStore();
    List<BudgetAlert> alerts = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder().store(store)
        .budget(Budget.perUser(BudgetWindow.TOTAL, "0.001").alertAt(10))
        .listener(new CostListener() {
          @Override
          public void onBudgetAlert(BudgetAlert alert) {
            alerts.add(alert);
          }
        })
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()); // 6.075%
      store.loseNextMarkReply.set(true);
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()); // 12.15%: reply lost
      assertThat(alerts).isEmpty();
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()); // 18.2%
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(10);
      rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
      assertThat(alerts).as("once").hasSize(1);
    }
  }
}
