package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A tool call is about to pass through the chain.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param toolCallId the call's id, or null
 * @param toolName the tool
 * @param arguments the JSON arguments
 */
public record ToolCallStarted(
    @Nullable String runId,
    Instant timestamp,
    int step,
    @Nullable String toolCallId,
    String toolName,
    String arguments)
    implements AgentEvent {
  @Override
  public String type() {
    return "tool_call_started";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ToolCallStarted[runId=" + runId + ", timestamp=" + timestamp + ", step=" + step + ", toolCallId="
        + toolCallId + ", toolName=" + toolName + ", arguments=<" + (arguments == null ? 0 : arguments.length()) + " chars>]";
  }
}
