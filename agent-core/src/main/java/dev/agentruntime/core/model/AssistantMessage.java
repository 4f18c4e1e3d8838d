package dev.agentruntime.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What the model answered: text, tool calls, or both.
 *
 * @param text the text, empty when the model only called tools
 * @param toolCalls the tool calls requested, in order; empty when none
 */
public record AssistantMessage(String text, List<ToolCall> toolCalls) implements ChatMessage {

  /**
   * Validates and copies.
   *
   * @param text the text, empty when the model only called tools
   * @param toolCalls the tool calls requested, in order; empty when none
   */
  public AssistantMessage {
    text = text == null ? "" : text;
    toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
  }

  /**
   * A text-only answer.
   *
   * @param text the text
   * @return the message
   */
  public static AssistantMessage of(String text) {
    return new AssistantMessage(text, List.of());
  }

  /** @return whether the model asked for at least one tool call */
  public boolean hasToolCalls() {
    return !toolCalls.isEmpty();
  }

  @Override
  public String role() {
    return "assistant";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "AssistantMessage[<" + text.length() + " chars>, toolCalls=" + toolCalls + "]";
  }
}
