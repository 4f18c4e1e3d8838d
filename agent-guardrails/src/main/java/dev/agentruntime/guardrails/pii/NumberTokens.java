package dev.agentruntime.guardrails.pii;

import java.util.List;

/**
 * Everything written with digit groups: payment cards, US SSNs, IPv4 addresses and phone numbers.
 * Overview: a number token starts at a run of digits (or a {@code +} / {@code (} right before one)
 * that is not glued to a word or a decimal number, and is read as up to {@value #MAX_NUMBER_TOKEN}
 * chars of digit groups separated by one space, dash, dot or slash (after an area code also a spaced slash or dash:
 * {@code 089 / 123 456 78}), with parenthesised groups (a country code too:
 * {@code (+44)}) and an {@code x123} extension. {@link #classify} then looks at every window of consecutive groups,
 * longest first, for an IPv4 address ({@link IpAddresses}), an SSN ({@link #validSsn}; nine digits
 * in a row only after "SSN" or "social security") or a card ({@link PaymentCards}), going on after
 * each find (two cards in a row, an address range), and at the whole token for a phone number
 * ({@link PhoneNumbers}). A token cut at its length limit in a list of numbers is read on from
 * where its last find ends. A digit run longer than 19 is skipped whole, which keeps the scan
 * linear.
 */
final class NumberTokens {
  static final int MAX_NUMBER_TOKEN = 48;

  /** A run of digits inside a number token. */
  static final class Group {
    int start;
    int end;
    char sepBefore;
    boolean paren;

    int len() {
      return end - start;
    }

    /** @return the group's value (its first nine digits) */
    int value(String s) {
      int v = 0;
      for (int k = start; k < end && k < start + 9; k++) {
        v = v * 10 + (s.charAt(k) - '0');
      }
      return v;
    }
  }

  /** per {@link PiiType#ordinal()}: whether the detector finds the type */
  private final boolean[] enabled;

  NumberTokens(boolean[] enabled) {
    this.enabled = enabled;
  }

  private boolean has(PiiType t) {
    return enabled[t.ordinal()];
  }

  /** Adds the cards, SSNs, IPv4 addresses and phone numbers of s to out; runs from {@link DigitRuns#starts}. */
  void scan(String s, int[] runs, List<PiiMatch> out) {
    int n = s.length();
    int i = 0;
    int k = 1; // index of the next digit run start to consider
    Group[] groups = null;
    while (i < n) {
      // a token starts at a digit after a non-alphanumeric char or at a '+' or '(' right before
      // one: skip to the next digit run starting at or after i
      k = DigitRuns.next(runs, k, i);
      int p = k <= runs[0] ? runs[k] : n;
      if (p >= n) {
        break;
      }
      i = p > i && (s.charAt(p - 1) == '+' || s.charAt(p - 1) == '(') ? p - 1 : p;
      char c = s.charAt(i);
      boolean startsToken = PiiChars.isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && PiiChars.isDigit(s.charAt(i + 1)));
      if (!startsToken || (i > 0 && (PiiChars.isAlnum(s.charAt(i - 1)) || s.charAt(i - 1) == '_'
          || (s.charAt(i - 1) == '.' && i > 1 && PiiChars.isDigit(s.charAt(i - 2)))))) {
        i++;
        continue;
      }
      if (groups == null) {
        groups = new Group[MAX_NUMBER_TOKEN];
        for (int g = 0; g < groups.length; g++) {
          groups[g] = new Group();
        }
      }
      int end = scanToken(s, i, groups, out);
      i = Math.max(end, i + 1);
    }
  }

  /** Scans one number token starting at i and records what it holds; returns its end. */
  private int scanToken(String s, int i, Group[] groups, List<PiiMatch> out) {
    int n = s.length();
    boolean plus = false;
    int j = i;
    if (s.charAt(j) == '+') {
      plus = true;
      j++;
    }
    boolean plusParen = false;
    int count = 0;
    char sep = 0;
    int limit = Math.min(n, i + MAX_NUMBER_TOKEN);
    int tokenEnd = j;
    while (j < limit && count < groups.length) {
      boolean paren = false;
      int gs = j;
      if (s.charAt(j) == '(') {
        int k = j + 1;
        while (k < limit && PiiChars.isDigit(s.charAt(k)) && k - j <= 5) {
          k++;
        }
        if (k < limit && k > j + 1 && s.charAt(k) == ')') {
          Group g = groups[count++];
          g.start = j + 1;
          g.end = k;
          g.sepBefore = sep;
          g.paren = true;
          j = k + 1;
          tokenEnd = j;
          paren = true;
        } else {
          break;
        }
      } else if (PiiChars.isDigit(s.charAt(j))) {
        int k = j;
        while (k < n && PiiChars.isDigit(s.charAt(k))) {
          k++;
        }
        if (k - j > 19) {
          // a long digit run is no PII we know; skip it whole (keeps scanning linear)
          return k;
        }
        Group g = groups[count++];
        g.start = j;
        g.end = k;
        g.sepBefore = sep;
        g.paren = false;
        j = k;
        tokenEnd = j;
      } else {
        break;
      }
      if (!paren && gs == j) {
        break;
      }
      // separator?
      if (j < limit) {
        char c = s.charAt(j);
        if (c == ')' && plus && count == 1 && i > 0 && s.charAt(i - 1) == '(') {
          // "(+44) 20 7946 0958": the country code in parentheses; the token begins at the '(', and goes on as after a
          // parenthesised group ("(+44)20 7946 0958")
          plusParen = true;
          paren = true;
          tokenEnd = ++j;
          if (j >= limit) {
            break;
          }
          c = s.charAt(j);
          if (c == '(') {
            sep = 0; // "(+44)(0)20 7946 0958"
            continue;
          }
        }
        if ((c == ' ' || c == '-' || c == '.' || c == '/') && j + 1 < limit
            && (PiiChars.isDigit(s.charAt(j + 1)) || (s.charAt(j + 1) == '(' && c == ' '))) {
          sep = c;
          j++;
          continue;
        }
        if (c == ' ' && j + 3 < limit && (s.charAt(j + 1) == '/' || s.charAt(j + 1) == '-') && s.charAt(j + 2) == ' '
            && PiiChars.isDigit(s.charAt(j + 3)) && (plus ? count <= 3 : count == 1 && areaCode(s, groups[0]))) {
          // a spaced slash or dash after the area code of a phone number ("089 / 123 456 78",
          // "+49 (0)30 - 901820"), read as a space; not between other numbers ("1990 - 2000", "5678 - 1234")
          sep = ' ';
          j += 3;
          continue;
        }
        if (c == '(' && paren == false) {
          sep = 0;
          continue;
        }
        if (paren && PiiChars.isDigit(c)) {
          sep = 0;
          continue;
        }
      }
      break;
    }
    if (count == 0) {
      return j;
    }
    if (count > 1 && startsTime(s, groups[count - 1], tokenEnd)) {
      count--; // "2018-12-13 12:20": the last group starts a time
      tokenEnd = groups[count - 1].end + (groups[count - 1].paren ? 1 : 0);
    }
    // extension: x123 right after the last group
    int extEnd = tokenEnd;
    if (tokenEnd + 1 < n && (s.charAt(tokenEnd) == 'x' || s.charAt(tokenEnd) == 'X') && PiiChars.isDigit(s.charAt(tokenEnd + 1))) {
      int k = tokenEnd + 1;
      while (k < n && PiiChars.isDigit(s.charAt(k)) && k - tokenEnd <= 6) {
        k++;
      }
      if (k >= n || !PiiChars.isAlnum(s.charAt(k))) {
        extEnd = k;
      }
    }
    if (extEnd == tokenEnd && tokenEnd < n && PiiChars.isLetter(s.charAt(tokenEnd))) {
      return tokenEnd; // "123abc": part of a word
    }
    int next = classify(s, plusParen ? i - 1 : i, plus, groups, count, extEnd, out);
    if (next < count && cut(s, j, count, groups.length, limit)) {
      // the token was cut at its length limit in a list of numbers: go on where the last find ends (the next card
      // of a list may have begun before the limit), else at the last group after a space; not when the last find
      // ends the token (the next token starts after it)
      int k = next;
      for (int q = count - 1; k == 0 && q > 0; q--) {
        k = groups[q].sepBefore == ' ' ? q : 0;
      }
      if (k > 0) {
        return groups[k].start - (groups[k].paren ? 1 : 0);
      }
    }
    return extEnd;
  }

  /** @return whether a token whose reading stopped at j was cut at its length limit while digit groups go on */
  private static boolean cut(String s, int j, int count, int maxGroups, int limit) {
    // the reading loop takes a separator only when a digit follows it inside the limit
    if (j < limit - 1 && count < maxGroups || j + 1 >= s.length()) {
      return false;
    }
    char c = s.charAt(j);
    return PiiChars.isDigit(c) || (c == ' ' || c == '-' || c == '.' || c == '/') && PiiChars.isDigit(s.charAt(j + 1));
  }

  /**
   * Adds what the groups g[0..count) of a number token hold to out.
   *
   * @return the index of the first group after the last IPv4 address, SSN or card found; 0 when none was
   */
  private int classify(String s, int tokenStart, boolean plus, Group[] g, int count, int extEnd, List<PiiMatch> out) {
    // a whole card-shaped number that fails its checksum is an ordinary number: its parts are not cards
    int total = 0;
    for (int k = 0; k < count; k++) {
      total += g[k].len();
    }
    // only a card (12+ digits) needs the context words, and only when a card check reads them: looked
    // up then, once (a phone number with a country code, say, never needs them)
    int cardContext = UNKNOWN;
    boolean cardsPossible = has(PiiType.CREDIT_CARD);
    if (cardsPossible && !plus && total >= 12 && total <= 19 && !g[0].paren && PaymentCards.shaped(g, 0, count - 1)
        && (count == 1 || sameSep(g, 0, count - 1, ' ') || sameSep(g, 0, count - 1, '-'))
        && !PaymentCards.valid(s, g, 0, count - 1, (cardContext = cardContext(cardContext, s, tokenStart, total)) == YES)) {
      cardsPossible = false;
    }
    // IPv4 / SSN / card: look at every window of consecutive groups, longest first; after a find, on from the group
    // after it ("4111 1111 1111 1111 5500 0000 0000 0004": two cards; "10.0.0.1-10.0.0.9": two addresses)
    int next = 0;
    for (int a = 0; a < count; a++) {
      int last = a;
      int sum = 0;
      while (last < count && (last == a || !g[last].paren) && sum + g[last].len() <= 19) {
        sum += g[last].len();
        last++;
      }
      int digits = sum;
      int foundTo = -1;
      // what separates a window from the groups around it: a space, or nothing at the token's ends (a dash too
      // before an address: a range)
      char before = a == 0 ? ' ' : g[a].sepBefore;
      if (before != ' ' && before != '-') {
        continue;
      }
      for (int b = last - 1; b >= a; digits -= g[b].len(), b--) {
        int start = g[a].start;
        int end = g[b].end;
        int ng = b - a + 1;
        char after = b == count - 1 ? ' ' : g[b + 1].sepBefore;
        // an address may also end in a prefix length or stand in a range ("10.0.0.1-10.0.0.9")
        if (ng == 4 && has(PiiType.IPV4) && (after == ' ' || after == '-' || prefixLength(s, g, b + 1, count))
            && sameSep(g, a, b, '.') && IpAddresses.validIpv4(s.substring(start, end))) {
          out.add(new PiiMatch(PiiType.IPV4, start, end, s.substring(start, end)));
          foundTo = b;
          break;
        }
        if (before != ' ' || after != ' ') {
          continue;
        }
        if (ng == 3 && has(PiiType.US_SSN) && g[a].len() == 3 && g[a + 1].len() == 2
            && g[b].len() == 4 && (sameSep(g, a, b, '-') || sameSep(g, a, b, ' ')) && validSsn(s, g[a], g[a + 1], g[b])) {
          out.add(new PiiMatch(PiiType.US_SSN, start, end, s.substring(start, end)));
          foundTo = b;
          break;
        }
        if (ng == 1 && count == 1 && !plus && !g[a].paren && g[a].len() == 9 && has(PiiType.US_SSN)
            && validSsn(s, g[a].start) && SSN_CONTEXT.in(s, Math.max(0, start - 32), start)) {
          out.add(new PiiMatch(PiiType.US_SSN, start, end, s.substring(start, end))); // "SSN: 123456789"
          foundTo = b;
          break;
        }
        if (cardsPossible && digits >= 12 && !g[a].paren && !(plus && a == 0) && PaymentCards.shaped(g, a, b)
            && (ng == 1 || sameSep(g, a, b, ' ') || sameSep(g, a, b, '-'))
            && PaymentCards.valid(s, g, a, b, (cardContext = cardContext(cardContext, s, tokenStart, total)) == YES)) {
          out.add(new PiiMatch(PiiType.CREDIT_CARD, start, end, s.substring(start, end)));
          foundTo = b;
          break;
        }
      }
      if (foundTo >= 0) {
        a = foundTo;
        next = foundTo + 1;
      }
    }
    if (!has(PiiType.PHONE)) {
      return next;
    }
    int digits = 0;
    boolean hasParen = false;
    for (int k = 0; k < count; k++) {
      digits += g[k].len();
      hasParen |= g[k].paren;
    }
    int start = plus ? tokenStart : (g[0].paren ? g[0].start - 1 : g[0].start);
    // "00 44 20 7946 0958", "0049 30 901820": 00 dials abroad as + does, so a country code follows it (a single run
    // of digits is read as a national number: it needs a phone word before it)
    boolean idd = !plus && count >= 2 && !g[0].paren && g[0].len() >= 2 && s.charAt(g[0].start) == '0'
        && s.charAt(g[0].start + 1) == '0';
    int end = g[count - 1].end;
    if (PhoneNumbers.shaped(s, start, plus || idd, hasParen, g, count, idd ? digits - 2 : digits)
        && !PhoneNumbers.otherIdentifierBefore(s, start)
        && PhoneNumbers.valid(idd ? "+" + s.substring(g[0].start + 2, end) : s.substring(start, end), plus || idd,
            (count >= 2 && !PhoneNumbers.areaCodeBeforeSlash(s, g, count)) || hasParen || PhoneNumbers.wordBefore(s, start))) {
      out.add(new PiiMatch(PiiType.PHONE, start, extEnd, s.substring(start, extEnd)));
    }
    return next;
  }

  /**
   * @return whether the last group of a token, ending at tokenEnd, is the hour of a time ("2018-12-13 12:20"): one or
   *     two digits after a space, then a colon and a digit. Not a port ("192.168.0.1:8080", after a dot) nor a colon
   *     that ends a phrase ("555 123 4567: call anytime")
   */
  private static boolean startsTime(String s, Group last, int tokenEnd) {
    return tokenEnd + 1 < s.length() && s.charAt(tokenEnd) == ':' && PiiChars.isDigit(s.charAt(tokenEnd + 1))
        && last.sepBefore == ' ' && !last.paren && last.len() <= 2;
  }

  /** @return whether a group is a national area code: "0" and two to four more digits ("089", "0151") */
  static boolean areaCode(String s, Group g) {
    return !g.paren && s.charAt(g.start) == '0' && g.len() >= 3 && g.len() <= 5;
  }

  /** {@link #cardContext}: not looked up yet, no card word before the number, one */
  private static final int UNKNOWN = 0;
  private static final int NO = 1;
  private static final int YES = 2;

  /**
   * @param known {@link #UNKNOWN}, or the answer looked up before for this number
   * @return {@link #YES} when the number (total digits, starting at tokenStart) has 12 digits or
   *     more and a card word before it ({@link PaymentCards#wordBefore}), else {@link #NO}
   */
  private static int cardContext(int known, String s, int tokenStart, int total) {
    if (known != UNKNOWN) {
      return known;
    }
    return total >= 12 && PaymentCards.wordBefore(s, tokenStart) ? YES : NO;
  }

  /** @return whether the group k, the token's last, is an address's prefix length: "/0" to "/32" ("10.1.2.0/24") */
  private static boolean prefixLength(String s, Group[] g, int k, int count) {
    return k == count - 1 && g[k].sepBefore == '/' && g[k].len() <= 2 && g[k].value(s) <= 32;
  }

  /** @return whether the groups a + 1 .. b all follow the separator sep (and none is parenthesised) */
  static boolean sameSep(Group[] g, int a, int b, char sep) {
    for (int k = a + 1; k <= b; k++) {
      if (g[k].sepBefore != sep || g[k].paren) {
        return false;
      }
    }
    return true;
  }

  /** words that, shortly before nine digits in a row, say they are a social security number */
  private static final ContextWords SSN_CONTEXT = new ContextWords("ssn", "social security", "soc. sec.");

  /** @return whether the nine digits at i are an SSN that may have been issued */
  private static boolean validSsn(String s, int i) {
    return validSsn(Integer.parseInt(s, i, i + 3, 10), Integer.parseInt(s, i + 3, i + 5, 10),
        Integer.parseInt(s, i + 5, i + 9, 10));
  }

  /** US social security numbers: area 000, 666 and 900-999 were never issued, nor group 00 or serial 0000. */
  private static boolean validSsn(String s, Group area, Group group, Group serial) {
    return validSsn(area.value(s), group.value(s), serial.value(s));
  }

  private static boolean validSsn(int area, int group, int serial) {
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }
}
