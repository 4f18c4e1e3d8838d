package dev.agentruntime.core;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;

/**
 * One tool call a run made.
 *
 * @param step the step it belongs to
 * @param call the call
 * @param result the result (an error result when the tool failed and the failure was reported
 *     to the model), or null when the call threw
 * @param error the failure, or null
 * @param duration how long it took
 */
public record ToolCallRecord(
    int step, ToolCall call, @Nullable ToolResult result, @Nullable Throwable error, Duration duration) {

  /** @return whether the tool produced a non-error result */
  public boolean succeeded() {
    return result != null && !result.isError() && error == null;
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ToolCallRecord[step=" + step + ", call=" + call + ", result=" + result
        + ", error=" + (error == null ? null : error.getClass().getSimpleName()) + ", duration=" + duration + "]";
  }
}
