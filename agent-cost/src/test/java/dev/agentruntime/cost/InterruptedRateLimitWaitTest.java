package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An attempt interrupted (a cancel) while it waits for a rate-limit permit was never sent: the
 * provider bills nothing for it, and neither does the tracker.
 */
class InterruptedRateLimitWaitTest {

  private void check(boolean streaming) {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(1_000, 500));
    List<CostRecord> records = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder()
        .budget(Budget.globalDaily("10"))
        .usagePlans(UsagePlans.builder().defaultPlan(UsagePlan.builder("one-a-minute")
            .requestsPerMinute(1).maxWait(Duration.ofMinutes(2)).build()).build())
        .sleeper(d -> {
          throw new InterruptedException("cancelled while waiting for a permit");
        })
        .listener(new CostListener() {
          @Override
          public void onCallPriced(CostRecord record) {
            records.add(record);
          }
        }).build();
    ModelRequest request = Fixtures.request("hello", 500);
    BigDecimal oneCall = tracker.price("openai", "gpt-4o-mini", TokenUsage.of(1_000, 500));
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      RunOptions bob = RunOptions.builder().userId("bob").build();
      rt.run("go", bob, (in, ctx) -> ctx.model().chat(request).text());
      assertThatThrownBy(() -> rt.run("go", bob, (in, ctx) -> streaming
          ? ctx.model().chatStreaming(request, d -> { }).text()
          : ctx.model().chat(request).text()));
    }
    assertThat(model.calls()).as("the second call waited for a permit and was never sent").isEqualTo(1);
    assertThat(records).as("only the call that was sent").singleElement()
        .satisfies(rec -> assertThat(rec.estimated()).isFalse());
    assertThat(tracker.spent("global/day", null)).isEqualByComparingTo(oneCall);
  }

  @Test
  void aStreamingAttemptInterruptedWhileWaitingForAPermitIsNotBilled() {
    check(true);
  }

  @Test
  void aNonStreamingAttemptInterruptedWhileWaitingForAPermitIsNotBilled() {
    check(false);
  }
}
