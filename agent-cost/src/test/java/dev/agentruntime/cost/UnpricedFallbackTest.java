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
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A fallback model without a price, under the default unknown-model policy (fail), is refused
 * before it is sent, as the model the call asked for would be: whether or not a budget or a usage
 * plan is configured.
 */
class UnpricedFallbackTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

  /** the model asked for: always down */
  private final ScriptedModelClient primary = Fixtures.alwaysDown();

  private static ScriptedModelClient answering(String provider, String model, String text) {
    return ScriptedModelClient.builder().info(ModelInfo.of(provider, model)).repeatLast(true)
        .thenAnswer(r -> new ModelResponse(AssistantMessage.of(text), TokenUsage.of(1_000, 500), FinishReason.STOP,
            null, model, null))
        .build();
  }

  private AgentRuntime runtime(CostTracker tracker, ScriptedModelClient... fallbacks) {
    return AgentRuntime.builder()
        .model(primary)
        .interceptor(tracker)
        .limits(RunLimits.none())
        .resilience(ResiliencePolicy.builder().retry(RetryPolicy.none()).circuitBreaker(CircuitBreakerPolicy.disabled())
            .fallbackModels(fallbacks).build())
        .build();
  }

  private static AgentResult ask(AgentRuntime rt) {
    return rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 1_000)).text());
  }

  @Test
  void anUnpricedFallbackIsNeverSentAndTheNextFallbackAnswers() {
    ScriptedModelClient unpriced = answering("local", "my-llama-70b", "from the unpriced model");
    ScriptedModelClient claude = answering("anthropic", "claude-sonnet-4-5", "from claude");
    CostTracker tracker = CostTracker.builder().clock(clock).build(); // no budget, no plan
    try (AgentRuntime rt = runtime(tracker, unpriced, claude)) {
      AgentResult r = ask(rt);
      assertThat(r.output()).isEqualTo("from claude");
      // claude-sonnet-4-5 at $3 / $15 per million: 1,000 in + 500 out
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo(new BigDecimal("0.0105"));
    }
    assertThat(unpriced.calls()).as("a model without a price is refused before it is sent").isZero();
  }

  @Test
  void anUnpricedLastFallbackFailsTheCallBeforeItIsSent() {
    ScriptedModelClient unpriced = answering("local", "my-llama-70b", "from the unpriced model");
    CostTracker tracker = CostTracker.builder().clock(clock).build();
    try (AgentRuntime rt = runtime(tracker, unpriced)) {
      assertThatThrownBy(() -> ask(rt)).isInstanceOf(UnknownModelPriceException.class);
    }
    assertThat(unpriced.calls()).as("the provider was paid for an answer the run then threw away").isZero();
  }
}
