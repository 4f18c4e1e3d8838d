package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A step (one model call and the tool calls it asks for) began.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step index, from 1
 */
public record StepStarted(
    @Nullable String runId,
    Instant timestamp,
    int step)
    implements AgentEvent {
  @Override
  public String type() {
    return "step_started";
  }
}
