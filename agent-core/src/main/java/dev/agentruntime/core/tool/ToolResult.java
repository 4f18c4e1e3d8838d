package dev.agentruntime.core.tool;

import java.util.Objects;

/**
 * What a tool returned.
 *
 * @param content the result text sent back to the model, never null
 * @param isError whether this describes a failure the model should see
 */
public record ToolResult(String content, boolean isError) {

  /**
   * Validates.
   *
   * @param content the result text sent back to the model, never null
   * @param isError whether this describes a failure the model should see
   */
  public ToolResult {
    Objects.requireNonNull(content, "content");
  }

  /**
   * @param content the result
   * @return a successful result
   */
  public static ToolResult success(String content) {
    return new ToolResult(content == null ? "" : content, false);
  }

  /**
   * @param message what went wrong, written for the model
   * @return an error result
   */
  public static ToolResult error(String message) {
    return new ToolResult(message, true);
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ToolResult[<" + content.length() + " chars>, isError=" + isError + "]";
  }
}
