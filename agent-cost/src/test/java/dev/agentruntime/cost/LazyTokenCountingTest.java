package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Counting tokens before a call is the dearest thing the cost tracker does, and the first count
 * loads a tokenizer vocabulary (seconds on a cold JVM): it happens only when a budget or a token
 * rate limit needs the estimate (cold start, issue 14.6).
 */
class LazyTokenCountingTest {

  private static final class CountingEstimator implements TokenEstimator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public long estimateInputTokens(dev.agentruntime.core.model.ModelRequest request, String model) {
      calls.incrementAndGet();
      return 100;
    }
  }

  private static long run(CostTracker tracker) {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o", r -> TokenUsage.of(100, 10));
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 50)).text());
    }
    return model.calls();
  }

  @Test
  void withoutBudgetsOrRateLimitsNoTokensAreCountedBeforeTheCall() {
    CountingEstimator estimator = new CountingEstimator();
    CostTracker tracker = CostTracker.builder().tokenEstimator(estimator).build();

    assertThat(run(tracker)).isEqualTo(1);
    assertThat(estimator.calls).hasValue(0);
  }

  @Test
  void aBudgetReservesOnTheEstimate() {
    CountingEstimator estimator = new CountingEstimator();
    CostTracker tracker = CostTracker.builder().tokenEstimator(estimator).budget(Budget.globalDaily("10")).build();

    assertThat(run(tracker)).isEqualTo(1);
    assertThat(estimator.calls).hasValue(1);
  }
}
