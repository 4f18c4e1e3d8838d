package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.ledger.CostRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Two trackers on one runtime (say, one a platform library registers for global budgets and the
 * application's own for its tenants) each see every attempt of every call once: an attempt's
 * partner works for its own tracker's call, not for whichever tracker's call is innermost.
 */
class TwoTrackersTest {

  private static CostTracker tracker(List<CostRecord> records, Budget budget) {
    return CostTracker.builder().budget(budget).listener(new CostListener() {
      @Override
      public void onCallPriced(CostRecord record) {
        records.add(record);
      }
    }).build();
  }

  @Test
  void eachTrackerBillsTheAbandonedStreamingAttemptOnceAndTheAnswer() {
    check(true);
  }

  @Test
  void eachTrackerBillsTheAbandonedAttemptOnceAndTheAnswer() {
    check(false);
  }

  private void check(boolean streaming) {
    BigDecimal runCost;
    ScriptedModelClient model = Fixtures.hangsOnceThenAnswers();
    List<CostRecord> platform = new CopyOnWriteArrayList<>();
    List<CostRecord> app = new CopyOnWriteArrayList<>();
    CostTracker platformTracker = tracker(platform, Budget.globalDaily("100"));
    CostTracker appTracker = tracker(app, Budget.perRun("1"));
    ModelRequest request = Fixtures.request("hello, a prompt the provider reads and bills", 500);
    BigDecimal answer = appTracker.price("openai", "gpt-4o-mini", TokenUsage.of(1_000, 500));
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(platformTracker).interceptor(appTracker)
        .limits(RunLimits.none())
        .resilience(ResiliencePolicy.builder()
            .retry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .withJitter(0))
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .modelAttemptTimeout(Duration.ofMillis(300))
            .build())
        .build()) {
      AgentResult r = rt.run("go", RunOptions.builder().build(), (in, ctx) -> streaming
          ? ctx.model().chatStreaming(request, d -> { }).text()
          : ctx.model().chat(request).text());
      assertThat(r.output()).isEqualTo("ok");
      runCost = r.attribute(CostTracker.RUN_COST).orElseThrow();
    }
    for (List<CostRecord> records : List.of(platform, app)) {
      assertThat(records).as("the answer, and the cut attempt once").hasSize(2);
      assertThat(records).filteredOn(CostRecord::estimated).hasSize(1);
      assertThat(records).filteredOn(rec -> !rec.estimated()).singleElement()
          .satisfies(rec -> assertThat(rec.costUsd()).isEqualByComparingTo(answer));
    }
    BigDecimal total = app.stream().map(CostRecord::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(platformTracker.spent("global/day", null)).isEqualByComparingTo(total);
    assertThat(runCost).as("the run's cost, not counted once per tracker").isEqualByComparingTo(total);
  }

  @Test
  void eachTrackerEnforcesItsOwnBudgets() {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(1_000, 500));
    CostTracker platformTracker = tracker(new CopyOnWriteArrayList<>(), Budget.globalDaily("100"));
    // gpt-4o-mini's worst case for 500 output tokens is about $0.0003: more than this run budget
    CostTracker appTracker = tracker(new CopyOnWriteArrayList<>(), Budget.perRun("0.0001"));
    try (AgentRuntime rt = AgentRuntime.builder().model(model)
        .interceptor(platformTracker).interceptor(appTracker)
        .limits(RunLimits.none()).resilience(ResiliencePolicy.none()).build()) {
      assertThatThrownBy(() -> rt.run("go", RunOptions.builder().build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 500)).text()))
          .isInstanceOf(BudgetExceededException.class)
          .hasMessageContaining("run");
    }
    assertThat(model.calls()).isZero();
  }
}
