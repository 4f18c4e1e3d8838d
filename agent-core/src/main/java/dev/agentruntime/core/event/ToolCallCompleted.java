package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * A tool call finished.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step
 * @param toolCallId the call's id, or null
 * @param toolName the tool
 * @param isError whether the result is an error
 * @param duration how long it took
 */
public record ToolCallCompleted(
    @Nullable String runId,
    Instant timestamp,
    int step,
    @Nullable String toolCallId,
    String toolName,
    boolean isError,
    Duration duration)
    implements AgentEvent {
  @Override
  public String type() {
    return "tool_call_completed";
  }
}
