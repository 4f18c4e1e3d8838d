package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.OutagePolicy;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tracker does while its store is down, per the outage policy. */
class OutagePolicyTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
  private final ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 10));

  /** An in-memory store that can be switched off, like a server going down. */
  static final class SwitchableStore implements CostStore {
    final CostStore delegate;
    volatile boolean down;
    volatile boolean settleDown;

    SwitchableStore(CostStore delegate) {
      this.delegate = delegate;
    }

    private void check(boolean extra) {
      if (down || extra) {
        throw new CostStoreUnavailableException(describe(), "connection refused", null);
      }
    }

    @Override
    public ReserveResult reserve(String id, List<CounterSpec> counters, long amountNanos, Duration ttl) {
      check(false);
      return delegate.reserve(id, counters, amountNanos, ttl);
    }

    @Override
    public List<CounterState> settle(String id, List<CounterSpec> counters, long actualNanos) {
      check(settleDown);
      return delegate.settle(id, counters, actualNanos);
    }

    @Override
    public CounterState read(CounterSpec counter) {
      check(false);
      return delegate.read(counter);
    }

    @Override
    public boolean markAlert(CounterSpec counter, String window, int thresholdPercent) {
      check(false);
      return delegate.markAlert(counter, window, thresholdPercent);
    }

    @Override
    public RateResult acquirePermits(String key, String permitId, long permits, long limit, Duration period) {
      check(false);
      return delegate.acquirePermits(key, permitId, permits, limit, period);
    }

    @Override
    public void adjustPermits(String key, String permitId, long permits, Duration period) {
      check(false);
      delegate.adjustPermits(key, permitId, permits, period);
    }

    @Override
    public String describe() {
      return "test://switchable";
    }
  }

  private String call(AgentRuntime rt) {
    return rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()).output();
  }

  @Test
  void budgetsFailClosedByDefaultNamingTheStore() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .budget(Budget.globalDaily("1.00")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThat(call(rt)).isEqualTo("ok");
      store.down = true;
      assertThatThrownBy(() -> call(rt))
          .isInstanceOfSatisfying(CostStoreUnavailableException.class, e -> {
            assertThat(e.store()).isEqualTo("test://switchable");
            assertThat(e.runId()).isNotNull();
          })
          .hasMessageContaining("cost store test://switchable is unavailable");
      store.down = false;
      assertThat(call(rt)).isEqualTo("ok");
    }
    assertThat(model.calls()).isEqualTo(2);
  }

  @Test
  void budgetsMayFailOpen() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .outagePolicy(OutagePolicy.failClosed().withBudgets(OutagePolicy.Mode.FAIL_OPEN))
        .budget(Budget.globalDaily("1.00")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.down = true;
      assertThat(call(rt)).isEqualTo("ok");
    }
  }

  @Test
  void aCallLetThroughByFailOpenIsCountedOnceTheStoreIsBack() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .outagePolicy(OutagePolicy.failClosed().withBudgets(OutagePolicy.Mode.FAIL_OPEN))
        .budget(Budget.globalDaily("1.00")).build();
    BigDecimal price = tracker.price("openai", "gpt-4o-mini", TokenUsage.of(5, 10));
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.down = true; // down for the whole call: reserved nothing, and could not take the settle
      assertThat(call(rt)).isEqualTo("ok");
      store.down = false;
      assertThat(tracker.retryPendingSettles()).isZero();
      assertThat(tracker.spent("global/day", null)).as("what the unbudgeted call spent").isEqualByComparingTo(price);
      assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
      assertThat(call(rt)).isEqualTo("ok");
      assertThat(tracker.spent("global/day", null)).isEqualByComparingTo(price.multiply(BigDecimal.valueOf(2)));
    }
  }

  @Test
  void aCallLetThroughByFailOpenIsCountedWhenTheStoreIsBackBeforeItEnds() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    // the store comes back while the model answers
    ScriptedModelClient answering = Fixtures.model("openai", "gpt-4o-mini", r -> {
      store.down = false;
      return TokenUsage.of(5, 10);
    });
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .outagePolicy(OutagePolicy.failClosed().withBudgets(OutagePolicy.Mode.FAIL_OPEN))
        .budget(Budget.globalDaily("1.00")).build();
    try (AgentRuntime rt = Fixtures.runtime(answering, tracker)) {
      store.down = true;
      assertThat(call(rt)).isEqualTo("ok");
    }
    assertThat(tracker.spent("global/day", null))
        .isEqualByComparingTo(tracker.price("openai", "gpt-4o-mini", TokenUsage.of(5, 10)));
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
  }

  @Test
  void aSettleTheStoreCouldNotTakeIsKeptAndRetriedNotLost() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store).namespace("outage")
        .budget(Budget.globalDaily("1.00")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.settleDown = true;
      assertThat(call(rt)).as("the call's answer is not lost to the store's failure").isEqualTo("ok");
      assertThat(tracker.spent("global/day", null)).isZero();
      assertThat(tracker.retryPendingSettles()).isEqualTo(1);
      store.settleDown = false;
      assertThat(tracker.retryPendingSettles()).isZero();
      // 5 in + 10 out tokens of gpt-4o-mini
      assertThat(tracker.spent("global/day", null)).isEqualByComparingTo(tracker.price("openai", "gpt-4o-mini",
          TokenUsage.of(5, 10)));
      assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
      assertThat(tracker.retryPendingSettles()).isZero();
    }
    assertThat(new CostKeys("outage").budget("global/day", "*")).isEqualTo("{outage:budget}:global/day:*");
  }

  @Test
  void rateLimitsFallBackToALocalLimiterAtTheConfiguredFraction() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .outagePolicy(OutagePolicy.failClosed().withLocalRateLimitFallback(0.25))
        .usagePlans(UsagePlans.builder().defaultPlan(UsagePlan.builder("p").requestsPerMinute(8).build()).build())
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.down = true;
      assertThat(call(rt)).isEqualTo("ok");
      assertThat(call(rt)).isEqualTo("ok");
      assertThatThrownBy(() -> call(rt)).isInstanceOf(RateLimitedException.class);
    }
    assertThat(model.calls()).isEqualTo(2);
  }

  @Test
  void rateLimitsFailClosedByDefault() {
    SwitchableStore store = new SwitchableStore(new InMemoryCostStore(clock));
    CostTracker tracker = CostTracker.builder().clock(clock).store(store)
        .usagePlans(UsagePlans.builder().defaultPlan(UsagePlan.builder("p").requestsPerMinute(8).build()).build())
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      store.down = true;
      assertThatThrownBy(() -> call(rt)).isInstanceOf(CostStoreUnavailableException.class);
    }
    assertThat(model.calls()).isZero();
  }

  @Test
  void outagePolicyRejectsALocalBudget() {
    assertThatThrownBy(() -> OutagePolicy.failClosed().withBudgets(OutagePolicy.Mode.LOCAL_FALLBACK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OutagePolicy.budgets");
    assertThatThrownBy(() -> OutagePolicy.failClosed().withLocalRateLimitFallback(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localFraction");
    assertThatThrownBy(() -> new CostKeys("a{b}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("namespace");
  }
}
