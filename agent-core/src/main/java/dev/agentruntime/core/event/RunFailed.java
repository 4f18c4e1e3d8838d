package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * A run failed.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param errorType the exception's simple class name
 * @param message the exception's message
 * @param duration the run's duration
 */
public record RunFailed(
    @Nullable String runId,
    Instant timestamp,
    String errorType,
    String message,
    Duration duration)
    implements AgentEvent {
  @Override
  public String type() {
    return "run_failed";
  }
}
