package dev.agentruntime.core.model;

import java.util.Objects;

/**
 * Instructions for the model.
 *
 * @param text the instructions, never null
 */
public record SystemMessage(String text) implements ChatMessage {
  /**
   * Validates the message.
   *
   * @param text the instructions, never null
   */
  public SystemMessage {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String role() {
    return "system";
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "SystemMessage[<" + text.length() + " chars>]";
  }
}
