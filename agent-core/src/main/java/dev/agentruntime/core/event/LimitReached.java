package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.limits.Limit;
import java.time.Instant;

/**
 * A run limit stopped the run, gracefully or not.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param limit which limit
 * @param graceful whether the run stops gracefully with a final answer
 * @param message details
 */
public record LimitReached(
    @Nullable String runId,
    Instant timestamp,
    Limit limit,
    boolean graceful,
    String message)
    implements AgentEvent {
  @Override
  public String type() {
    return "limit_reached";
  }
}
