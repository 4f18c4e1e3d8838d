package dev.agentruntime.guardrails.injection;

/**
 * Per-char lookups for the tokenizers of the model ({@link InjectionFeatures}) and the rules
 * ({@link InjectionRules}), so that text outside ASCII costs one array read per char instead of
 * the {@link Character} methods' several. Each table is built once from the very methods it
 * replaces (and {@link InjectionFeatures#cjk}), so the tokens cannot change; a test compares them
 * for every char.
 */
final class CharKinds {
  private CharKinds() {}

  /** {@link Character#isLetter(char)} */
  static final int LETTER = 1;
  /** {@link Character#isLetterOrDigit(char)} */
  static final int LETTER_OR_DIGIT = 2;
  /** {@link InjectionFeatures#cjk}: a Chinese, Japanese or Korean char, a token of its own */
  static final int CJK = 4;

  /** per char: its {@link #LETTER}, {@link #LETTER_OR_DIGIT} and {@link #CJK} bits */
  static final byte[] KIND = new byte[1 << 16];
  /** per char: {@link Character#toLowerCase(char)} */
  static final char[] LOWER = new char[1 << 16];

  static {
    for (int i = 0; i < KIND.length; i++) {
      char c = (char) i;
      KIND[i] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
          | (InjectionFeatures.cjk(c) ? CJK : 0));
      LOWER[i] = Character.toLowerCase(c);
    }
  }
}
