package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.plan.ModelNotAllowedException;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A call the resilience policy hands to a fallback model is held to the usage plan, the budgets
 * and the prices of the model that answers it, not of the model the call asked for.
 */
class FallbackModelCostTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

  /** the model asked for: always down */
  private final ScriptedModelClient primary = Fixtures.alwaysDown();

  private static ScriptedModelClient fallback(String provider, String model, String responseModel, TokenUsage usage) {
    return ScriptedModelClient.builder().info(ModelInfo.of(provider, model)).repeatLast(true)
        .thenAnswer(r -> new ModelResponse(AssistantMessage.of("from the fallback"), usage, FinishReason.STOP,
            null, responseModel, null))
        .build();
  }

  private AgentRuntime runtime(CostTracker tracker, ScriptedModelClient fallback) {
    return AgentRuntime.builder()
        .model(primary)
        .interceptor(tracker)
        .limits(RunLimits.none())
        .resilience(ResiliencePolicy.builder().retry(RetryPolicy.none()).circuitBreaker(CircuitBreakerPolicy.disabled())
            .fallbackModels(fallback).build())
        .build();
  }

  private static AgentResult ask(AgentRuntime rt, int maxOutput) {
    return rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", maxOutput)).text());
  }

  @Test
  void aFallbackModelOutsideTheUsagePlanIsRefusedAndNeverSent() {
    ScriptedModelClient gpt4o = fallback("openai", "gpt-4o", "gpt-4o", TokenUsage.of(1_000, 4_000));
    UsagePlan free = UsagePlan.builder("free").allowModels("gpt-4o-mini").build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(free).build()).build();
    try (AgentRuntime rt = runtime(tracker, gpt4o)) {
      assertThatThrownBy(() -> ask(rt, 4_000))
          .isInstanceOfSatisfying(ModelNotAllowedException.class, e -> {
            assertThat(e.plan()).isEqualTo("free");
            assertThat(e.model()).isEqualTo("gpt-4o");
          });
    }
    assertThat(primary.calls()).isEqualTo(1);
    assertThat(gpt4o.calls()).isZero();
  }

  @Test
  void aDearerFallbackModelMustFitTheBudgetAtItsOwnPriceBeforeItIsSent() {
    // gpt-4o-mini's worst case for 4,000 output tokens is about $0.0024; gpt-4o's about $0.04
    ScriptedModelClient gpt4o = fallback("openai", "gpt-4o", "gpt-4o", TokenUsage.of(1_000, 4_000));
    CostTracker tracker = CostTracker.builder().clock(clock).budget(Budget.perRun("0.01")).build();
    try (AgentRuntime rt = runtime(tracker, gpt4o)) {
      assertThatThrownBy(() -> ask(rt, 4_000)).isInstanceOf(BudgetExceededException.class);
    }
    assertThat(gpt4o.calls()).as("the fallback would overspend the run's budget").isZero();
  }

  @Test
  void aFallbackThatFitsIsPricedAndRecordedAsTheModelAndProviderThatAnswered() {
    // another provider, and an answer that does not name its model: claude-sonnet-4-5 at $3 / $15 per million
    ScriptedModelClient claude = fallback("anthropic", "claude-sonnet-4-5", null, TokenUsage.of(1_000, 500));
    List<CostRecord> records = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder().clock(clock).budget(Budget.perRun("1")).budget(Budget.globalDaily("1"))
        .listener(new CostListener() {
          @Override
          public void onCallPriced(CostRecord record) {
            records.add(record);
          }
        }).build();
    try (AgentRuntime rt = runtime(tracker, claude)) {
      AgentResult r = ask(rt, 1_000);
      assertThat(r.output()).isEqualTo("from the fallback");
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo(new BigDecimal("0.0105"));
    }
    // the budget the dearer fallback took on top of the call's reservation was given back
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
    assertThat(tracker.spent("global/day", null)).isEqualByComparingTo("0.0105");
    assertThat(records).singleElement().satisfies(rec -> {
      assertThat(rec.provider()).isEqualTo("anthropic");
      assertThat(rec.model()).isEqualTo("claude-sonnet-4-5");
      assertThat(rec.costUsd()).isEqualByComparingTo("0.0105");
    });
  }
}
