package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * The text streamed so far by a model call is void: the attempt that produced it failed and the
 * call is being retried (or handed to a fallback model). A consumer showing streamed text should
 * remove the call's text received since its {@link ModelCallStarted}.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param reason why the attempt was abandoned
 */
public record TextDiscarded(@Nullable String runId, Instant timestamp, int step, String reason) implements AgentEvent {
  @Override
  public String type() {
    return "text_discarded";
  }
}
