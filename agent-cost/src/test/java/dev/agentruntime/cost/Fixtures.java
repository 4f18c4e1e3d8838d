package dev.agentruntime.cost;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.util.function.Function;

/** Shared test set-up. */
final class Fixtures {
  private Fixtures() {}

  /**
   * @param provider provider the client reports
   * @param model model the client reports
   * @param usage usage of every answer
   * @return a model answering "ok" with that usage, any number of times
   */
  static ScriptedModelClient model(String provider, String model, Function<ModelRequest, TokenUsage> usage) {
    return ScriptedModelClient.builder()
        .info(ModelInfo.of(provider, model))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true)
        .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), usage.apply(r), FinishReason.STOP,
            null, r.model() == null ? model : r.model(), null))
        .build();
  }

  static AgentRuntime runtime(ScriptedModelClient model, CostTracker tracker) {
    return AgentRuntime.builder()
        .model(model)
        .interceptor(tracker) // its per-attempt companion comes with it
        .limits(RunLimits.none())
        .resilience(ResiliencePolicy.none())
        .build();
  }

  /** A runtime retrying model calls once, with no wait; the tracker's attempt companion inside the retries. */
  static AgentRuntime runtimeWithRetries(ScriptedModelClient model, CostTracker tracker) {
    return AgentRuntime.builder()
        .model(model)
        .interceptor(tracker) // its per-attempt companion comes with it
        .limits(RunLimits.none())
        .resilience(ResiliencePolicy.builder()
            .retry(dev.agentruntime.core.resilience.RetryPolicy.defaults().withMaxRetries(1)
                .withBackoff(java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1)).withJitter(0))
            .build())
        .build();
  }

  static ModelRequest request(String text, Integer maxOutput) {
    return ModelRequest.builder().addMessage(new UserMessage(text)).maxOutputTokens(maxOutput).build();
  }
}
