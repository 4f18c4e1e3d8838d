package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.model.TokenUsage;
import java.time.Duration;
import java.time.Instant;

/**
 * A run finished with a result.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param output the final output
 * @param stopReason why it stopped
 * @param usage total tokens
 * @param duration the run's duration
 */
public record RunCompleted(
    @Nullable String runId,
    Instant timestamp,
    String output,
    StopReason stopReason,
    TokenUsage usage,
    Duration duration)
    implements AgentEvent {
  @Override
  public String type() {
    return "run_completed";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "RunCompleted[runId=" + runId + ", timestamp=" + timestamp + ", output=<"
        + (output == null ? 0 : output.length()) + " chars>, stopReason=" + stopReason + ", usage=" + usage
        + ", duration=" + duration + "]";
  }
}
