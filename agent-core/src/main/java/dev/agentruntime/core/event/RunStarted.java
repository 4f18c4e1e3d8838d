package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A run began.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param agentName the agent's name
 * @param sessionId the session, or null
 * @param input the run's input
 */
public record RunStarted(
    @Nullable String runId,
    Instant timestamp,
    String agentName,
    @Nullable String sessionId,
    String input)
    implements AgentEvent {
  @Override
  public String type() {
    return "run_started";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "RunStarted[runId=" + runId + ", timestamp=" + timestamp + ", agentName=" + agentName
        + ", sessionId=" + sessionId + ", input=<" + (input == null ? 0 : input.length()) + " chars>]";
  }
}
