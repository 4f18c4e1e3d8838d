package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Budgets count integer nano-dollars in a long: a limit past that is refused when the budget is
 * made, naming it, instead of failing every model call of every run with an ArithmeticException.
 */
class HugeBudgetLimitTest {

  @Test
  void aLimitBeyondWhatNanoDollarsCanCountIsRefusedWhenTheBudgetIsMade() {
    // a "track, never block" budget with an unreachable limit
    assertThatThrownBy(() -> Budget.global(BudgetWindow.MONTH, "10000000000").soft())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("global/month")
        .hasMessageContaining("at most 9223372036.854775807");
  }

  @Test
  void theLargestLimitWorks() {
    Budget huge = Budget.global(BudgetWindow.MONTH, "9223372036.854775807").soft();
    CostTracker tracker = CostTracker.builder().budget(huge).build();
    try (AgentRuntime rt = Fixtures.runtime(
        Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(1_000, 1_000)), tracker)) {
      AgentResult r = rt.run("go", RunOptions.builder().build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 1_000)).text());
      assertThat(r.output()).isEqualTo("ok");
    }
    // gpt-4o-mini at $0.15 / $0.60 per million
    assertThat(tracker.spent("global/month", null)).isEqualByComparingTo(new BigDecimal("0.00075"));
  }
}
