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
 */
public record ModelCallCompleted(
    @Nullable String runId,
    Instant timestamp,
    int step,
    String model,
    TokenUsage usage,
    @Nullable String finishReason,
    Duration duration,
    @Nullable String error)
    implements AgentEvent {
  @Override
  public String type() {
    return "model_call_completed";
  }
}
