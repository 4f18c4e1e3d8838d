package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostKeys;
import org.junit.jupiter.api.Test;

/** Users of different tenants have budgets of their own, whatever characters their ids hold. */
class BudgetSubjectsTest {

  // gpt-4o-mini, 5 in + 100 out = 0.00006075 USD per call; worst case ~0.0000612
  private final ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100));

  private static void call(AgentRuntime rt, String tenant, String user) {
    rt.run("go", RunOptions.builder().tenantId(tenant).userId(user).build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
  }

  @Test
  void userBudgetsOfTenantAndUserIdsHoldingASlashAreIndependent() {
    // room for one call per user
    CostTracker tracker = CostTracker.builder().budget(Budget.perUser(BudgetWindow.TOTAL, "0.0001")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      call(rt, "a/b", "c");
      assertThatThrownBy(() -> call(rt, "a/b", "c")).isInstanceOf(BudgetExceededException.class);
      call(rt, "a", "b/c"); // another tenant's user: a budget of their own
      call(rt, null, "a/b/c"); // a user without a tenant
      assertThat(tracker.spent("user", CostKeys.userSubject("a/b", "c"))).isEqualByComparingTo("0.00006075");
      assertThat(tracker.spent("user", CostKeys.userSubject("a", "b/c"))).isEqualByComparingTo("0.00006075");
      assertThat(tracker.spent("user", CostKeys.userSubject(null, "a/b/c"))).isEqualByComparingTo("0.00006075");
    }
  }
}
