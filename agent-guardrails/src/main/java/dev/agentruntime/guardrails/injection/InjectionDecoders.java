package dev.agentruntime.guardrails.injection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The decoders of the rules' encoded-payload check: a run of base64 (standard or URL-safe) or hex
 * digits that spells printable text.
 *
 * <p>Overview: {@link InjectionRules} finds runs of at least 24 base64 characters in the raw text
 * and hands each (at most 8 KB of it) to {@link #decode}; a run of hex digits is read two digits a
 * byte, anything else as base64 (padding optional). A decoding counts only when at least 90% of its
 * bytes are printable ASCII or line breaks; it is returned lower-cased, and the rules score it like
 * any other text.
 */
final class InjectionDecoders {
  private InjectionDecoders() {}

  private static final boolean[] B64 = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      B64[c] = true;
      B64[c + 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      B64[c] = true;
    }
    B64['+'] = true;
    B64['/'] = true;
    B64['='] = true;
    B64['-'] = true;
    B64['_'] = true;
  }

  /** @return whether c is a base64 character (standard or URL-safe alphabet, or padding) */
  static boolean isB64(char c) {
    return c < 128 && B64[c];
  }

  /**
   * @param run a run of base64 characters
   * @return the printable text it spells (as hex digits, else as base64), lower-cased, or null
   */
  static @Nullable String decode(String run) {
    String hex = decodeHex(run);
    if (hex != null) {
      return hex;
    }
    String r = run.replace('-', '+').replace('_', '/');
    int eq = r.indexOf('=');
    if (eq >= 0) {
      r = r.substring(0, eq);
    }
    r = r.substring(0, r.length() - r.length() % 4 == 1 ? r.length() - 1 : r.length());
    try {
      byte[] bytes = Base64.getDecoder().decode(pad(r));
      int printable = 0;
      for (byte b : bytes) {
        if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\t' || b == '\r') {
          printable++;
        }
      }
      if (bytes.length == 0 || printable < bytes.length * 0.9) {
        return null;
      }
      return new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** @return the text a run of hex digits (two per byte) spells, lower-cased, or null when it is not printable text */
  static @Nullable String decodeHex(String run) {
    int len = run.length() & ~1;
    if (len < 24) {
      return null;
    }
    byte[] bytes = new byte[len / 2];
    int printable = 0;
    for (int i = 0; i < len; i += 2) {
      int hi = Character.digit(run.charAt(i), 16);
      int lo = Character.digit(run.charAt(i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      byte b = (byte) (hi << 4 | lo);
      bytes[i / 2] = b;
      if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\t' || b == '\r') {
        printable++;
      }
    }
    if (printable < bytes.length * 0.9) {
      return null;
    }
    return new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
  }

  private static String pad(String r) {
    int m = r.length() % 4;
    return m == 0 ? r : r + "==".substring(0, 4 - m == 3 ? 2 : 4 - m);
  }
}
