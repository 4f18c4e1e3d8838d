package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The result of one tool call, sent back to the model.
 *
 * @param toolCallId the id of the {@link ToolCall} this answers (may be null for models without ids)
 * @param toolName the tool's name, never null
 * @param text the result (or error description), never null
 * @param isError whether the tool failed
 */
public record ToolResultMessage(@Nullable String toolCallId, String toolName, String text, boolean isError)
    implements ChatMessage {

  /**
   * Validates the message.
   *
   * @param toolCallId the id of the {@link ToolCall} this answers (may be null for models without ids)
   * @param toolName the tool's name, never null
   * @param text the result (or error description), never null
   * @param isError whether the tool failed
   */
  public ToolResultMessage {
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String role() {
    return "tool";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ToolResultMessage[toolCallId=" + toolCallId + ", toolName=" + toolName + ", <" + text.length()
        + " chars>, isError=" + isError + "]";
  }
}
