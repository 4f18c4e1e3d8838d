package dev.agentruntime.guardrails.secrets;

import java.util.Objects;

/**
 * One credential found in a text.
 *
 * @param type what it is
 * @param start index of the first char of the secret value
 * @param end index after it
 * @param provider who issued it, in lower case ({@code "gitlab"}, {@code "stripe-webhook"}; the type
 *     name for the types that name one provider)
 */
public record SecretMatch(SecretType type, int start, int end, String provider) {
  /**
   * Validates.
   *
   * @param type what it is
   * @param start index of the first char of the secret value
   * @param end index after it
   * @param provider who issued it, in lower case ({@code "gitlab"}, {@code "stripe-webhook"}; the type
   *     name for the types that name one provider)
   */
  public SecretMatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /**
   * A match whose provider is named by its type.
   *
   * @param type what it is
   * @param start index of the first char
   * @param end index after it
   */
  public SecretMatch(SecretType type, int start, int end) {
    this(type, start, end, type.name().toLowerCase(java.util.Locale.ROOT));
  }
}
