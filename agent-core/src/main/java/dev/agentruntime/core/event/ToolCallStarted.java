package dev.agentruntime.core.event;

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
    String runId,
    Instant timestamp,
    int step,
    String toolCallId,
    String toolName,
    String arguments)
    implements AgentEvent {
  @Override
  public String type() {
    return "tool_call_started";
  }
}
