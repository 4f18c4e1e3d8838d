package dev.agentruntime.guardrails.pii;

import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * @param type what it is
 * @param start index of the first char
 * @param end index after the last char
 * @param value the matched text
 */
public record PiiMatch(PiiType type, int start, int end, String value) {
  /**
   * Validates.
   *
   * @param type what it is
   * @param start index of the first char
   * @param end index after the last char
   * @param value the matched text
   */
  public PiiMatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
