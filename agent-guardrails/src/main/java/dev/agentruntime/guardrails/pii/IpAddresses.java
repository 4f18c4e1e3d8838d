package dev.agentruntime.guardrails.pii;

import java.util.List;

/**
 * IP addresses. Overview: IPv6 addresses are found from each {@code :} (an intrinsic search): the
 * window of hex digits, colons and dots around it (at most 45 chars, not glued to a word or a
 * dotted name) must be eight groups of up to four hex digits, or fewer with exactly one
 * {@code ::} (two groups of letters only, "A::B", are a scope in code), optionally ending in an
 * embedded IPv4 address. IPv4 addresses are number tokens
 * ({@link NumberTokens}) of four dot-separated groups, each 0-255 without a leading zero; the
 * check is here.
 */
final class IpAddresses {
  private IpAddresses() {}

  /** Adds every IPv6 address of s to out, in order. */
  static void scanIpv6(String s, List<PiiMatch> out) {
    int n = s.length();
    int from = 0;
    int colon = s.indexOf(':');
    while (colon >= 0) {
      int start = colon;
      while (start > from && colon - start < 40 && (PiiChars.isHex(s.charAt(start - 1)) || s.charAt(start - 1) == ':')) {
        start--;
      }
      if (start > 0 && (PiiChars.isAlnum(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
        colon = s.indexOf(':', colon + 1);
        continue;
      }
      int end = colon;
      while (end < n && end - start < 45 && (PiiChars.isHex(s.charAt(end)) || s.charAt(end) == ':' || s.charAt(end) == '.')) {
        end++;
      }
      while (end > start && (s.charAt(end - 1) == '.' || (s.charAt(end - 1) == ':' && !(end - 2 >= start && s.charAt(end - 2) == ':')))) {
        end--;
      }
      if ((end >= n || !PiiChars.isAlnum(s.charAt(end))) && validIpv6(s, start, end)) {
        out.add(new PiiMatch(PiiType.IPV6, start, end, s.substring(start, end)));
        from = end;
        colon = s.indexOf(':', end);
      } else {
        colon = s.indexOf(':', Math.max(colon + 1, end));
      }
    }
  }

  private static boolean validIpv6(String s, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    String t = s.substring(start, end);
    int dbl = t.indexOf("::");
    if (dbl >= 0 && t.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    String[] parts = t.split(":", -1);
    int groups = 0;
    int nonEmpty = 0;
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (p.isEmpty()) {
        continue;
      }
      if (k == parts.length - 1 && p.indexOf('.') >= 0) {
        if (!validIpv4(p)) {
          return false;
        }
        groups += 2;
        nonEmpty++;
        continue;
      }
      if (p.length() > 4) {
        return false;
      }
      for (int q = 0; q < p.length(); q++) {
        if (!PiiChars.isHex(p.charAt(q))) {
          return false;
        }
      }
      groups++;
      nonEmpty++;
    }
    if (dbl < 0) {
      return groups == 8 && parts.length == 8 - (t.indexOf('.') >= 0 ? 1 : 0);
    }
    // two groups of hex letters only around "::" are a scope in code ("A::B", "cafe::add()"), not an address
    return groups < 8 && nonEmpty >= 2 && (nonEmpty >= 3 || hasDigit(t));
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (PiiChars.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** @return whether p is a dotted IPv4 address: four groups of 1-3 digits, each 0-255, no leading zero */
  static boolean validIpv4(String p) {
    String[] o = p.split("\\.", -1);
    if (o.length != 4) {
      return false;
    }
    for (String x : o) {
      if (x.isEmpty() || x.length() > 3) {
        return false;
      }
      int v = 0;
      for (int q = 0; q < x.length(); q++) {
        if (!PiiChars.isDigit(x.charAt(q))) {
          return false;
        }
        v = v * 10 + (x.charAt(q) - '0');
      }
      if (v > 255 || (x.length() > 1 && x.charAt(0) == '0')) {
        return false;
      }
    }
    return true;
  }
}
