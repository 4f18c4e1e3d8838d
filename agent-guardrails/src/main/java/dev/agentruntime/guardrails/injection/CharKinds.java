package dev.agentruntime.guardrails.injection;

/**
 * Per-char lookups for the tokenizers of the model ({@link InjectionFeatures}) and the rules
 * ({@link InjectionRules}), so that text outside ASCII costs one array read per char instead of
 * the {@link Character} methods' several. Each table is built once from the very methods it
 * replaces (and {@link #cjk}), so the tokens cannot change; a test compares them
 * for every char.
 */
final class CharKinds {
  private CharKinds() {}

  /** {@link Character#isLetter(char)} */
  static final int LETTER = 1;
  /** {@link Character#isLetterOrDigit(char)} */
  static final int LETTER_OR_DIGIT = 2;
  /** {@link #cjk}: a Chinese, Japanese or Korean char, a token of its own */
  static final int CJK = 4;

  /** per char: its {@link #LETTER}, {@link #LETTER_OR_DIGIT} and {@link #CJK} bits */
  static final byte[] KIND = new byte[1 << 16];
  /** per char: {@link Character#toLowerCase(char)} */
  static final char[] LOWER = new char[1 << 16];

  /**
   * @return whether c is a CJK character (each is a token of its own in the model). Defined here,
   *     not in {@link InjectionFeatures}, whose tables are built from this class's: a static
   *     initialiser of this class that called into that one would let that one read these tables
   *     half filled when this class is initialised first (as the rules do)
   */
  static boolean cjk(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }

  static {
    for (int i = 0; i < KIND.length; i++) {
      char c = (char) i;
      KIND[i] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
          | (cjk(c) ? CJK : 0));
      LOWER[i] = Character.toLowerCase(c);
    }
  }
}
