package dev.agentruntime.guardrails.pii;

/**
 * The ASCII character classes the PII scanners share. Only ASCII letters and digits count: a
 * non-ASCII letter next to a number or an address ends it, as a space would (e-mail addresses, which
 * may hold letters of any script, read them with their own class: {@link Emails}).
 */
final class PiiChars {
  private PiiChars() {}

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlnum(char c) {
    return isLetter(c) || isDigit(c);
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
