package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
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
 * A non-streaming attempt we cut (its attempt timeout) was sent: the provider bills at least the
 * prompt it read. That spend is estimated, recorded once and counted, as for a cut stream.
 */
class AbandonedNonStreamingAttemptTest {

  @Test
  void anAttemptCutByItsTimeoutIsBilledItsInputAndTheRetryAsReported() {
    ScriptedModelClient model = Fixtures.hangsOnceThenAnswers();
    List<CostRecord> records = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder().budget(Budget.globalDaily("10"))
        .listener(new CostListener() {
          @Override
          public void onCallPriced(CostRecord record) {
            records.add(record);
          }
        }).build();
    ModelRequest request = Fixtures.request("hello, a prompt the provider reads and bills", 500);
    long promptTokens = new JtokkitTokenEstimator().estimateInputTokens(request, "gpt-4o-mini");
    BigDecimal retryCost = tracker.price("openai", "gpt-4o-mini", TokenUsage.of(1_000, 500));
    BigDecimal cutCost = tracker.price("openai", "gpt-4o-mini", TokenUsage.of(promptTokens, 0));
    try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(tracker).limits(RunLimits.none())
        .resilience(ResiliencePolicy.builder()
            .retry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .withJitter(0))
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .modelAttemptTimeout(Duration.ofMillis(300))
            .build())
        .build()) {
      AgentResult r = rt.run("go", RunOptions.builder().build(), (in, ctx) -> ctx.model().chat(request).text());
      assertThat(r.output()).isEqualTo("ok");
      assertThat(model.calls()).isEqualTo(2);
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo(retryCost.add(cutCost));
    }
    assertThat(records).hasSize(2);
    assertThat(records).filteredOn(CostRecord::estimated).singleElement().satisfies(rec -> {
      assertThat(rec.usage()).isEqualTo(TokenUsage.of(promptTokens, 0));
      assertThat(rec.costUsd()).isEqualByComparingTo(cutCost);
    });
    assertThat(tracker.spent("global/day", null)).isEqualByComparingTo(retryCost.add(cutCost));
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
  }
}
