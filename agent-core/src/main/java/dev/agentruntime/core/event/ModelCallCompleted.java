package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.TokenUsage;
import java.time.Duration;
import java.time.Instant;

/**
 * A model call finished (successfully or not).
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param model the model that answered, or the requested one
 * @param usage tokens used (zero on failure)
 * @param finishReason the finish reason's wire name, or null on failure
 * @param duration how long the call took, retries included
 * @param error the failure's message, or null
 * @param errorType the failure's low-cardinality type, or null on success: the same value as the
 *     call's OpenTelemetry {@code error.type} ({@link dev.agentruntime.core.error.ErrorTypes#of}), e.g.
 *     {@code 429}, {@code timeout}, {@code budget_exceeded}, {@code guardrail_blocked}; it tells a
 *     runtime's refusal from a provider's failure without reading the message
 */
public record ModelCallCompleted(
    @Nullable String runId,
    Instant timestamp,
    int step,
    String model,
    TokenUsage usage,
    @Nullable String finishReason,
    Duration duration,
    @Nullable String error,
    @Nullable String errorType)
    implements AgentEvent {

  /**
   * An event without an error type (as built before the type existed).
   *
   * @param runId the run, or null for events outside a run
   * @param timestamp when it happened
   * @param step the step
   * @param model the model that answered, or the requested one
   * @param usage tokens used (zero on failure)
   * @param finishReason the finish reason's wire name, or null on failure
   * @param duration how long the call took, retries included
   * @param error the failure's message, or null
   */
  public ModelCallCompleted(@Nullable String runId, Instant timestamp, int step, String model, TokenUsage usage,
      @Nullable String finishReason, Duration duration, @Nullable String error) {
    this(runId, timestamp, step, model, usage, finishReason, duration, error, null);
  }

  @Override
  public String type() {
    return "model_call_completed";
  }
}
