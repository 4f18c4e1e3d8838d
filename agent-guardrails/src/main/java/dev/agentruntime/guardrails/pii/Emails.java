package dev.agentruntime.guardrails.pii;

import java.util.List;

/**
 * E-mail addresses. Overview: the scan jumps from one {@code @} to the next (an intrinsic search)
 * and reads a bounded window around it: up to 64 local-part chars before it (letters, digits,
 * {@code . _ % + - '}; leading dots and quotes dropped) and up to 255 domain chars after it
 * (letters, digits, {@code - .}, no empty label), trailing dots and dashes trimmed. The domain must
 * end in a top-level domain of 2 to 24 letters. An address never starts inside the previous one.
 */
final class Emails {
  private Emails() {}

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  /** Adds every e-mail address of s to out, in order. */
  static void scan(String s, List<PiiMatch> out) {
    int n = s.length();
    int lastEnd = 0;
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int start = at;
      while (start > lastEnd && at - start < 64 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && (s.charAt(start) == '.' || s.charAt(start) == '\'')) {
        start++;
      }
      if (start == at) {
        continue;
      }
      int end = at + 1;
      int lastDot = -1;
      while (end < n && end - at <= 255 && isDomainChar(s.charAt(end))) {
        if (s.charAt(end) == '.') {
          if (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '@') {
            break;
          }
          lastDot = end;
        }
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      lastDot = s.lastIndexOf('.', end - 1);
      if (lastDot <= at) {
        continue;
      }
      if (lastDot < 0 || lastDot >= end - 1) {
        continue;
      }
      int tld = 0;
      boolean tldLetters = true;
      for (int k = lastDot + 1; k < end; k++) {
        tld++;
        tldLetters &= PiiChars.isLetter(s.charAt(k));
      }
      if (!tldLetters || tld < 2 || tld > 24) {
        continue;
      }
      out.add(new PiiMatch(PiiType.EMAIL, start, end, s.substring(start, end)));
      lastEnd = end;
    }
  }
}
