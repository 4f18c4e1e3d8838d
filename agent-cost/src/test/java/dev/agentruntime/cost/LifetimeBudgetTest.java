package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A budget without a calendar window on a user, a tenant or everyone is a lifetime allowance (a
 * free trial's credit, a prepaid balance): it does not start again after some time, as its
 * Javadoc promises ("the budget covers the subject's whole life").
 */
class LifetimeBudgetTest {

  // gpt-4o-mini, 5 in + 100 out = 0.00006075 USD per call; worst case ~0.0000612
  private static AgentRuntime runtime(CostTracker tracker) {
    return AgentRuntime.builder().model(Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100)))
        .interceptor(tracker).limits(RunLimits.none()).resilience(ResiliencePolicy.none()).build();
  }

  private static void call(AgentRuntime rt, String user) {
    rt.run("go", RunOptions.builder().tenantId("acme").userId(user).build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
  }

  @Test
  void aUsersLifetimeCreditDoesNotComeBackAfterAMonth() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.perUser(BudgetWindow.TOTAL, "0.0002")).build();
    try (AgentRuntime rt = runtime(tracker)) {
      call(rt, "alice");
      call(rt, "alice");
      call(rt, "alice"); // 0.00018225 spent: the next worst case does not fit
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);

      clock.advance(Duration.ofDays(45));
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);
      assertThat(tracker.spent("user", "acme/alice")).isEqualByComparingTo("0.00018225");
      clock.advance(Duration.ofDays(400));
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);
    }
  }

  @Test
  void aTenantsAndTheGlobalLifetimeBudgetsKeepCountingToo() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.perTenant(BudgetWindow.TOTAL, "1").soft())
        .budget(Budget.global(BudgetWindow.TOTAL, "1").soft()).build();
    try (AgentRuntime rt = runtime(tracker)) {
      call(rt, "alice");
      clock.advance(Duration.ofDays(90));
      call(rt, "bob");
      assertThat(tracker.spent("tenant", "acme")).isEqualByComparingTo("0.0001215");
      assertThat(tracker.spent("global", null)).isEqualByComparingTo("0.0001215");
    }
  }
}
