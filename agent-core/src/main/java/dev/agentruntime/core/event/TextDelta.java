package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A chunk of text streamed by the model.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param text the chunk
 */
public record TextDelta(
    @Nullable String runId,
    Instant timestamp,
    int step,
    String text)
    implements AgentEvent {
  @Override
  public String type() {
    return "text_delta";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "TextDelta[runId=" + runId + ", timestamp=" + timestamp + ", step=" + step + ", <"
        + (text == null ? 0 : text.length()) + " chars>]";
  }
}
