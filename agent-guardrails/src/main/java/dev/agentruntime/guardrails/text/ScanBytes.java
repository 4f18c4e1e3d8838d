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
   *     bulk copy unless s holds surrogate pairs
   */
  public static byte[] of(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // a char above 0xFF becomes '?'
    if (b.length != s.length()) { // surrogate pairs became one byte each: map char by char
      b = new byte[s.length()];
      for (int k = 0; k < b.length; k++) {
        char c = s.charAt(k);
        b[k] = c < 0x80 ? (byte) c : 0;
      }
    }
    return b;
  }
}
