package dev.agentruntime.guardrails.secrets;

import java.util.Objects;

/**
 * One credential found in a text.
 *
 * @param type what it is
 * @param start index of the first char of the secret value
 * @param end index after it
 */
public record SecretMatch(SecretType type, int start, int end) {
  /** Validates. */
  public SecretMatch {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
