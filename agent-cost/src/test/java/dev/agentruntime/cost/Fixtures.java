package dev.agentruntime.cost;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
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
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
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

  /**
   * @return gpt-4o-mini whose first attempt hangs past any attempt timeout — interrupted, it fails
   *     as an HTTP client whose exchange is interrupted — and which then answers "ok" with 1,000
   *     input and 500 output tokens
   */
  static ScriptedModelClient hangsOnceThenAnswers() {
    return ScriptedModelClient.builder()
        .info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenAnswer(r -> {
          try {
            Thread.sleep(5_000); // past the attempt timeout: cut, and retried
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("request interrupted"));
          }
          throw new IllegalStateException("not interrupted");
        })
        .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), TokenUsage.of(1_000, 500), FinishReason.STOP,
            null, "gpt-4o-mini", null))
        .build();
  }

  /** @return gpt-4o-mini, always down (a TRANSIENT 503): the call goes to a fallback model */
  static ScriptedModelClient alwaysDown() {
    return ScriptedModelClient.builder()
        .info(ModelInfo.of("openai", "gpt-4o-mini")).repeatLast(true)
        .thenFail(() -> new ModelCallException(null, "gpt-4o-mini", "503 from the server", null,
            ErrorClassification.TRANSIENT, 503, null, "503"))
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
