package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A model call is about to pass through the chain.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param model the requested model
 */
public record ModelCallStarted(
    @Nullable String runId,
    Instant timestamp,
    int step,
    String model)
    implements AgentEvent {
  @Override
  public String type() {
    return "model_call_started";
  }
}
