package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * A failed call will be retried after a delay.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param target what is retried: model:provider/name or tool:name
 * @param attempt the attempt that failed, from 1
 * @param delay the wait before the next attempt
 * @param errorType the failure's type
 */
public record RetryScheduled(
    @Nullable String runId,
    Instant timestamp,
    String target,
    int attempt,
    Duration delay,
    String errorType)
    implements AgentEvent {
  @Override
  public String type() {
    return "retry_scheduled";
  }
}
