package dev.agentruntime.core.model;

import java.util.Objects;

/**
 * What the user said.
 *
 * @param text the text, never null
 */
public record UserMessage(String text) implements ChatMessage {
  /**
   * Validates the message.
   *
   * @param text the text, never null
   */
  public UserMessage {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String role() {
    return "user";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "UserMessage[<" + text.length() + " chars>]";
  }
}
