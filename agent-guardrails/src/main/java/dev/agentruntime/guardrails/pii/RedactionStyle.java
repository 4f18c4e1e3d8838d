package dev.agentruntime.guardrails.pii;

/** How found personal data is replaced. */
public enum RedactionStyle {
  /** A numbered placeholder: {@code <EMAIL_1>}; the same value gets the same number. */
  PLACEHOLDER,
  /** Most characters masked, a recognisable rest kept: {@code ************1111}, {@code j***@example.com}. */
  PARTIAL_MASK,
  /** A placeholder with a short SHA-256 digest of the value: {@code <EMAIL:3f2a9c0b17d4>}. */
  HASH,
  /**
   * Reversible tokens ({@code <EMAIL_1>}) kept in a per-run {@link TokenVault}: the model never sees
   * the value, and the runtime restores it in the final answer (and, if enabled, in tool
   * arguments).
   */
  TOKENIZE
}
