package dev.agentruntime.guardrails.text;

import java.nio.charset.StandardCharsets;

/**
 * A one-byte-per-char copy of a text for scanners that look for ASCII chars only (the secret and
 * PII scanners read it eight bytes at a time). Stateless and thread-safe.
 */
public final class ScanBytes {
  private ScanBytes() {}

  /**
   * @param s any text
   * @return one byte per char of s, at the same index: an ASCII char as itself, any other char as a
   *     byte that is neither an ASCII letter nor a digit (its Latin-1 byte, {@code '?'} or 0); one
   *     bulk copy for Latin-1 text
   */
  public static byte[] of(String s) {
    int n = s.length();
    if (latin1Start(s, n)) {
      byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // a char above 0xFF becomes '?'
      if (b.length == n) {
        return b;
      }
    }
    // text with chars above Latin-1 (CJK, emoji, dashes): the encoder would handle them one by
    // one, and surrogate pairs would shorten its result; map char by char instead, without a
    // branch (an accented letter or a CJK char here and there would mispredict one): c - 0x80 is
    // negative exactly for an ASCII char, so the mask keeps c then and makes any other char 0
    byte[] b = new byte[n];
    for (int k = 0; k < n; k++) {
      int c = s.charAt(k);
      b[k] = (byte) (c & ((c - 0x80) >> 31));
    }
    return b;
  }

  /** @return whether the first 256 chars are all Latin-1 (then the whole text most likely is too) */
  private static boolean latin1Start(String s, int n) {
    for (int k = 0, end = Math.min(n, 256); k < end; k++) {
      if (s.charAt(k) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
