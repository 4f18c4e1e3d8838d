package dev.agentruntime.guardrails.pii;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.guardrails.text.ScanBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data with hand-written single-pass scanners (no backtracking regular
 * expressions): every check looks at a bounded window around a trigger character, so detection is
 * linear in the text length whatever the input. Checksums cut false positives: payment cards must
 * pass Luhn and start with a known issuer prefix, IBANs must pass mod-97 and have their country's
 * length, US SSNs exclude the never-issued ranges. Immutable and thread-safe.
 */
public final class PiiDetector {
  private static final int MAX_NUMBER_TOKEN = 48;
  private static final String[] PHONE_WORDS = {
    "phone", "tel", "call", "mobile", "cell", "fax", "desk", "office", "contact", "reach", "text me",
    "sms", "whatsapp", "number", "telefon", "handy", "ruf"
  };
  private static final String[] CARD_WORDS = {
    "card", "visa", "mastercard", "amex", "maestro", "karte", "tarjeta", "carte", "cc#", "cc no", "pan"
  };
  /** IBAN lengths by country (ISO 13616 registry, common countries). */
  private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
      Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("CH", 21), Map.entry("CR", 22),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
      Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24),
      Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
      Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
      Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
      Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30),
      Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21),
      Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
      Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
      Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
      Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25),
      Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
      Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
      Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VG", 24),
      Map.entry("XK", 20));

  private final Set<PiiType> types;
  /** per {@link PiiType#ordinal()}: whether the type is in {@link #types} (a lookup without hashing) */
  private final boolean[] enabled;

  private PiiDetector(Set<PiiType> types) {
    this.types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    this.enabled = new boolean[PiiType.values().length];
    for (PiiType t : types) {
      enabled[t.ordinal()] = true;
    }
  }

  /** @return a detector for every {@link PiiType} */
  public static PiiDetector all() {
    return new PiiDetector(EnumSet.allOf(PiiType.class));
  }

  /**
   * @param types the kinds to find
   * @return a detector for those kinds
   * @throws IllegalArgumentException when no type is given
   */
  public static PiiDetector of(PiiType... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("types must name at least one PiiType");
    }
    return new PiiDetector(EnumSet.copyOf(Arrays.asList(types)));
  }

  /**
   * @param types the kinds to find
   * @return a detector for those kinds
   */
  public static PiiDetector of(Set<PiiType> types) {
    Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types must name at least one PiiType");
    }
    return new PiiDetector(types);
  }

  private boolean has(PiiType t) {
    return enabled[t.ordinal()];
  }

  /** @return the kinds this detector finds */
  public Set<PiiType> types() {
    return types;
  }

  /**
   * Finds personal data. Overlapping candidates are resolved in favour of the more specific kind
   * (e-mail, IBAN, card, SSN, IP, then phone).
   *
   * @param text any text; null and empty give no matches
   * @return the matches, ordered by position, not overlapping
   */
  public List<PiiMatch> detect(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    String s = text.toString();
    List<PiiMatch> found = new ArrayList<>();
    if (has(PiiType.EMAIL)) {
      scanEmails(s, found);
    }
    boolean numbers = has(PiiType.CREDIT_CARD) || has(PiiType.US_SSN)
        || has(PiiType.IPV4) || has(PiiType.PHONE);
    // the IBAN and number scans look only where a run of ASCII digits starts (a digit after a
    // non-digit): those are found once, 8 chars at a time in a byte copy
    int[] bytes = has(PiiType.IBAN) || numbers ? digitRunStarts(ScanBytes.of(s)) : null;
    if (has(PiiType.IBAN)) {
      scanIbans(s, bytes, found);
    }
    if (has(PiiType.IPV6)) {
      scanIpv6(s, found);
    }
    if (numbers) {
      scanNumbers(s, bytes, found);
    }
    return resolve(found);
  }

  /**
   * @param text any text
   * @return whether the text contains personal data
   */
  public boolean containsPii(CharSequence text) {
    return !detect(text).isEmpty();
  }

  private static int priority(PiiType t) {
    switch (t) {
      case EMAIL: return 0;
      case IBAN: return 1;
      case CREDIT_CARD: return 2;
      case US_SSN: return 3;
      case IPV4: return 4;
      case IPV6: return 5;
      default: return 6;
    }
  }

  private static List<PiiMatch> resolve(List<PiiMatch> found) {
    if (found.size() <= 1) {
      return found;
    }
    // the common case: no two matches overlap, so every one is kept, ordered by position
    List<PiiMatch> byPosition = new ArrayList<>(found);
    byPosition.sort(Comparator.comparingInt(PiiMatch::start));
    boolean disjoint = true;
    for (int k = 0; k < byPosition.size() && disjoint; k++) {
      PiiMatch m = byPosition.get(k);
      disjoint = m.end() > m.start() && (k + 1 == byPosition.size() || m.end() <= byPosition.get(k + 1).start());
    }
    if (disjoint) {
      return byPosition;
    }
    found.sort(Comparator.comparingInt((PiiMatch m) -> priority(m.type()))
        .thenComparingInt(m -> -(m.end() - m.start())).thenComparingInt(PiiMatch::start));
    List<PiiMatch> kept = new ArrayList<>();
    java.util.TreeMap<Integer, PiiMatch> byStart = new java.util.TreeMap<>();
    for (PiiMatch m : found) {
      Map.Entry<Integer, PiiMatch> before = byStart.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      Map.Entry<Integer, PiiMatch> after = byStart.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      byStart.put(m.start(), m);
    }
    kept.addAll(byStart.values());
    return kept;
  }

  // ---------------------------------------------------------------- e-mail

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static void scanEmails(String s, List<PiiMatch> out) {
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
        tldLetters &= isLetter(s.charAt(k));
      }
      if (!tldLetters || tld < 2 || tld > 24) {
        continue;
      }
      out.add(new PiiMatch(PiiType.EMAIL, start, end, s.substring(start, end)));
      lastEnd = end;
    }
  }

  // ---------------------------------------------------------------- IBAN

  private static boolean isAlnum(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static void scanIbans(String s, int[] runs, List<PiiMatch> out) {
    int n = s.length();
    int i = 0;
    int k = 1; // index of the next digit run start to consider
    while (i + 15 <= n) {
      // an IBAN starting at i has letters at i, i + 1 and digits at i + 2, i + 3: skip to the next
      // digit run starting at or after i + 2
      k = nextRun(runs, k, i + 2);
      int p = k <= runs[0] ? runs[k] : n;
      if (p - 2 + 15 > n) {
        break;
      }
      i = p - 2;
      char c0 = s.charAt(i);
      if (isDigit(s.charAt(i + 3)) && isLetter(c0) && isLetter(s.charAt(i + 1))
          && (i == 0 || !isAlnum(s.charAt(i - 1)))) {
        int end = tryIban(s, i);
        if (end > 0) {
          out.add(new PiiMatch(PiiType.IBAN, i, end, s.substring(i, end)));
          i = end;
          continue;
        }
      }
      i++;
    }
  }

  /** @return the end of a valid IBAN starting at i, or -1 */
  private static int tryIban(String s, int i) {
    int n = s.length();
    char[] compact = new char[34];
    int len = 0;
    int j = i;
    int lastGood = -1;
    String country = ("" + s.charAt(i) + s.charAt(i + 1)).toUpperCase(java.util.Locale.ROOT);
    Integer expected = IBAN_LENGTHS.get(country);
    while (j < n && len < 34) {
      char c = s.charAt(j);
      if (isAlnum(c)) {
        compact[len++] = Character.toUpperCase(c);
        j++;
        if (len >= 15 && (expected == null || len == expected)
            && (j == n || !isAlnum(s.charAt(j))) && mod97(compact, len)) {
          lastGood = j;
          if (expected != null) {
            break;
          }
        }
      } else if (c == ' ' && len >= 4 && j + 1 < n && isAlnum(s.charAt(j + 1)) && j > i && isAlnum(s.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return lastGood;
  }

  private static boolean mod97(char[] iban, int len) {
    int rem = 0;
    for (int k = 0; k < len; k++) {
      char c = iban[(k + 4) % len];
      if (c >= '0' && c <= '9') {
        rem = (rem * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        int v = c - 'A' + 10;
        rem = (rem * 100 + v) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  // ---------------------------------------------------------------- IPv6

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static void scanIpv6(String s, List<PiiMatch> out) {
    int n = s.length();
    int from = 0;
    int colon = s.indexOf(':');
    while (colon >= 0) {
      int start = colon;
      while (start > from && colon - start < 40 && (isHex(s.charAt(start - 1)) || s.charAt(start - 1) == ':')) {
        start--;
      }
      if (start > 0 && (isAlnum(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
        colon = s.indexOf(':', colon + 1);
        continue;
      }
      int end = colon;
      while (end < n && end - start < 45 && (isHex(s.charAt(end)) || s.charAt(end) == ':' || s.charAt(end) == '.')) {
        end++;
      }
      while (end > start && (s.charAt(end - 1) == '.' || (s.charAt(end - 1) == ':' && !(end - 2 >= start && s.charAt(end - 2) == ':')))) {
        end--;
      }
      if ((end >= n || !isAlnum(s.charAt(end))) && validIpv6(s, start, end)) {
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
        if (!isHex(p.charAt(q))) {
          return false;
        }
      }
      groups++;
      nonEmpty++;
    }
    if (dbl < 0) {
      return groups == 8 && parts.length == 8 - (t.indexOf('.') >= 0 ? 1 : 0);
    }
    return groups < 8 && nonEmpty >= 2;
  }

  private static boolean validIpv4(String p) {
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
        if (!isDigit(x.charAt(q))) {
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

  // ---------------------------------------------------------------- numbers

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * @param b bytes from {@link ScanBytes#of}
   * @return the positions where a run of ASCII digits starts (a digit at 0 or after a non-digit),
   *     ascending, in {@code [1, 1 + r[0])}
   */
  static int[] digitRunStarts(byte[] b) {
    int n = b.length;
    int[] r = new int[17];
    int count = 0;
    long prevDigit = 0; // bit 7 set when the byte before the block is a digit
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long x = (long) LONGS.get(b, i);
      long t = x & 0x7F7F7F7F7F7F7F7FL;
      // per byte: high bit set when t >= '0', and not when t >= ':' or the byte is >= 0x80 (no
      // carries between bytes: t + 0x50 <= 0xCF)
      long m = (t + 0x5050505050505050L) & ~(t + 0x4646464646464646L) & ~x & 0x8080808080808080L;
      long starts = m & ~(m << 8 | prevDigit);
      prevDigit = m >>> 56;
      while (starts != 0) {
        if (count + 1 == r.length) {
          r = Arrays.copyOf(r, r.length * 2);
        }
        r[++count] = i + (Long.numberOfTrailingZeros(starts) >>> 3);
        starts &= starts - 1;
      }
    }
    boolean prev = prevDigit != 0;
    for (; i < n; i++) {
      boolean d = b[i] >= '0' && b[i] <= '9';
      if (d && !prev) {
        if (count + 1 == r.length) {
          r = Arrays.copyOf(r, r.length * 2);
        }
        r[++count] = i;
      }
      prev = d;
    }
    r[0] = count;
    return r;
  }

  /**
   * @param runs from {@link #digitRunStarts}
   * @param k an index into runs, at least 1
   * @param from a position
   * @return the first index at or after k whose run starts at or after from (runs[0] + 1 when none)
   */
  private static int nextRun(int[] runs, int k, int from) {
    int last = runs[0];
    while (k <= last && runs[k] < from) {
      k++;
    }
    return k;
  }

  /** A run of digits inside a number token. */
  private static final class Group {
    int start;
    int end;
    char sepBefore;
    boolean paren;

    int len() {
      return end - start;
    }
  }

  private void scanNumbers(String s, int[] runs, List<PiiMatch> out) {
    int n = s.length();
    int i = 0;
    int k = 1; // index of the next digit run start to consider
    Group[] groups = null;
    while (i < n) {
      // a token starts at a digit after a non-alphanumeric char or at a '+' or '(' right before
      // one: skip to the next digit run starting at or after i
      k = nextRun(runs, k, i);
      int p = k <= runs[0] ? runs[k] : n;
      if (p >= n) {
        break;
      }
      i = p > i && (s.charAt(p - 1) == '+' || s.charAt(p - 1) == '(') ? p - 1 : p;
      char c = s.charAt(i);
      boolean startsToken = isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && isDigit(s.charAt(i + 1)));
      if (!startsToken || (i > 0 && (isAlnum(s.charAt(i - 1)) || s.charAt(i - 1) == '_'
          || (s.charAt(i - 1) == '.' && i > 1 && isDigit(s.charAt(i - 2)))))) {
        i++;
        continue;
      }
      if (groups == null) {
        groups = new Group[MAX_NUMBER_TOKEN];
        for (int g = 0; g < groups.length; g++) {
          groups[g] = new Group();
        }
      }
      int end = scanNumberToken(s, i, groups, out);
      i = Math.max(end, i + 1);
    }
  }

  /** Scans one number token starting at i and records what it holds; returns its end. */
  private int scanNumberToken(String s, int i, Group[] groups, List<PiiMatch> out) {
    int n = s.length();
    boolean plus = false;
    int j = i;
    if (s.charAt(j) == '+') {
      plus = true;
      j++;
    }
    int count = 0;
    char sep = 0;
    int limit = Math.min(n, i + MAX_NUMBER_TOKEN);
    int tokenEnd = j;
    while (j < limit && count < groups.length) {
      boolean paren = false;
      int gs = j;
      if (s.charAt(j) == '(') {
        int k = j + 1;
        while (k < limit && isDigit(s.charAt(k)) && k - j <= 5) {
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
      } else if (isDigit(s.charAt(j))) {
        int k = j;
        while (k < n && isDigit(s.charAt(k))) {
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
        if ((c == ' ' || c == '-' || c == '.' || c == '/') && j + 1 < limit
            && (isDigit(s.charAt(j + 1)) || (s.charAt(j + 1) == '(' && c == ' '))) {
          sep = c;
          j++;
          continue;
        }
        if (c == '(' && paren == false) {
          sep = 0;
          continue;
        }
        if (paren && isDigit(c)) {
          sep = 0;
          continue;
        }
      }
      break;
    }
    if (count == 0) {
      return j;
    }
    if (count > 1 && tokenEnd < n && s.charAt(tokenEnd) == ':') {
      count--; // "2018-12-13 12:20": the last group starts a time
      tokenEnd = groups[count - 1].end + (groups[count - 1].paren ? 1 : 0);
    }
    // extension: x123 right after the last group
    int extEnd = tokenEnd;
    if (tokenEnd + 1 < n && (s.charAt(tokenEnd) == 'x' || s.charAt(tokenEnd) == 'X') && isDigit(s.charAt(tokenEnd + 1))) {
      int k = tokenEnd + 1;
      while (k < n && isDigit(s.charAt(k)) && k - tokenEnd <= 6) {
        k++;
      }
      if (k >= n || !isAlnum(s.charAt(k))) {
        extEnd = k;
      }
    }
    if (extEnd == tokenEnd && tokenEnd < n && isLetter(s.charAt(tokenEnd))) {
      return tokenEnd; // "123abc": part of a word
    }
    classify(s, i, plus, groups, count, extEnd, out);
    return extEnd;
  }

  private void classify(String s, int tokenStart, boolean plus, Group[] g, int count, int extEnd, List<PiiMatch> out) {
    // a whole card-shaped number that fails its checksum is an ordinary number: its parts are not cards
    int total = 0;
    for (int k = 0; k < count; k++) {
      total += g[k].len();
    }
    // only a card (12+ digits) needs the context words: most numbers are shorter
    boolean cardContext = total >= 12 && cardWordBefore(s, tokenStart);
    boolean cardsPossible = has(PiiType.CREDIT_CARD);
    if (cardsPossible && !plus && total >= 12 && total <= 19 && !g[0].paren
        && (count == 1 || sameSep(g, 0, count - 1, ' ') || sameSep(g, 0, count - 1, '-'))
        && !validCard(s, g, 0, count - 1, cardContext)) {
      cardsPossible = false;
    }
    // IPv4 / SSN / card: look at every window of consecutive groups, longest first
    boolean any = false;
    for (int a = 0; a < count && !any; a++) {
      int last = a;
      int sum = 0;
      while (last < count && (last == a || !g[last].paren) && sum + g[last].len() <= 19) {
        sum += g[last].len();
        last++;
      }
      int digits = sum;
      for (int b = last - 1; b >= a; digits -= g[b].len(), b--) {
        int start = g[a].start;
        int end = g[b].end;
        int ng = b - a + 1;
        boolean boundaryOk = (b == count - 1 || g[b + 1].sepBefore == ' ')
            && (a == 0 || g[a].sepBefore == ' ');
        if (!boundaryOk) {
          continue;
        }
        if (ng == 4 && has(PiiType.IPV4) && sameSep(g, a, b, '.') && validIpv4(s.substring(start, end))) {
          out.add(new PiiMatch(PiiType.IPV4, start, end, s.substring(start, end)));
          any = true;
          break;
        }
        if (ng == 3 && has(PiiType.US_SSN) && g[a].len() == 3 && g[a + 1].len() == 2
            && g[b].len() == 4 && (sameSep(g, a, b, '-') || sameSep(g, a, b, ' ')) && validSsn(s, g[a], g[a + 1], g[b])) {
          out.add(new PiiMatch(PiiType.US_SSN, start, end, s.substring(start, end)));
          any = true;
          break;
        }
        if (cardsPossible && digits >= 12 && !g[a].paren && !(plus && a == 0) && cardShaped(g, a, b)
            && (ng == 1 || sameSep(g, a, b, ' ') || sameSep(g, a, b, '-'))
            && validCard(s, g, a, b, cardContext)) {
          out.add(new PiiMatch(PiiType.CREDIT_CARD, start, end, s.substring(start, end)));
          any = true;
          break;
        }
      }
    }
    if (!has(PiiType.PHONE)) {
      return;
    }
    int digits = 0;
    boolean hasParen = false;
    for (int k = 0; k < count; k++) {
      digits += g[k].len();
      hasParen |= g[k].paren;
    }
    int start = plus ? tokenStart : (g[0].paren ? g[0].start - 1 : g[0].start);
    if (isPhone(s, start, plus, hasParen, g, count, digits) && !PhoneNumbers.otherIdentifierBefore(s, start)
        && PhoneNumbers.valid(s.substring(start, g[count - 1].end), plus,
            count >= 2 || hasParen || phoneWordBefore(s, start))) {
      out.add(new PiiMatch(PiiType.PHONE, start, extEnd, s.substring(start, extEnd)));
    }
  }

  /** Card numbers are written unbroken or in groups: 4-4-4-4(-3), 4-6-5, 4-6-4, 4-4-4-1. */
  private static boolean cardShaped(Group[] g, int a, int b) {
    if (a == b) {
      return true;
    }
    if (g[a].len() != 4) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      if (g[k].len() < 4 || g[k].len() > 6) {
        return false;
      }
    }
    return g[b].len() <= 6;
  }

  private static boolean sameSep(Group[] g, int a, int b, char sep) {
    for (int k = a + 1; k <= b; k++) {
      if (g[k].sepBefore != sep || g[k].paren) {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, Group g) {
    int v = 0;
    for (int k = g.start; k < g.end && k < g.start + 9; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  private static boolean validSsn(String s, Group area, Group group, Group serial) {
    int a = num(s, area);
    return a != 0 && a != 666 && a < 900 && num(s, group) != 0 && num(s, serial) != 0;
  }

  private static boolean validCard(String s, Group[] g, int a, int b, boolean cardContext) {
    char[] d = new char[19];
    int len = 0;
    for (int k = a; k <= b; k++) {
      for (int q = g[k].start; q < g[k].end; q++) {
        d[len++] = s.charAt(q);
      }
    }
    if (len < 12 || len > 19) {
      return false;
    }
    if (!cardContext && !knownIssuer(d, len)) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int k = len - 1; k >= 0; k--) {
      int v = d[k] - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static boolean knownIssuer(char[] d, int len) {
    switch (d[0]) {
      case '1':
        return len == 15 && d[1] == '8' && d[2] == '0' && d[3] == '0'; // JCB 1800
      case '2':
        return (len == 15 && d[1] == '1' && d[2] == '3' && d[3] == '1') // JCB 2131
            || (len == 16 && d[1] >= '2' && d[1] <= '7'); // Mastercard 2-series
      case '3': // Amex 34/37, Diners 30/36/38/39, JCB 35
      case '4': // Visa
      case '5': // Mastercard, Maestro
      case '6': // Discover, UnionPay, Maestro
        return true;
      default:
        return false;
    }
  }

  private static boolean isPhone(String s, int start, boolean plus, boolean hasParen, Group[] g, int count, int digits) {
    if (digits < 7 || digits > 15) {
      return false;
    }
    if (plus) {
      return digits >= 8;
    }
    if (digits > 13) {
      return false;
    }
    if (hasParen) {
      return true;
    }
    if (count >= 2) {
      if (count == 2 && g[1].sepBefore == '.') {
        return false; // a decimal number
      }
      if (looksLikeDate(s, g, count)) {
        return false;
      }
      boolean slash = false;
      for (int k = 1; k < count; k++) {
        slash |= g[k].sepBefore == '/';
      }
      if (slash) {
        return false;
      }
      if (count >= 3) {
        boolean cardLike = g[0].len() == 4;
        for (int k = 1; k < count - 1; k++) {
          cardLike &= g[k].len() == 4;
        }
        if (cardLike) {
          return false;
        }
      }
      return true;
    }
    return digits >= 10 && phoneWordBefore(s, start);
  }

  private static boolean looksLikeDate(String s, Group[] g, int count) {
    if (count < 3) {
      return false;
    }
    int l0 = g[0].len();
    int l1 = g[1].len();
    int l2 = g[2].len();
    if (l0 == 4 && l1 <= 2 && l2 <= 2) {
      int y = num(s, g[0]);
      return y >= 1900 && y <= 2100 && num(s, g[1]) <= 12 && num(s, g[2]) <= 31;
    }
    if (l2 == 4 && l0 <= 2 && l1 <= 2) {
      int y = num(s, g[2]);
      return y >= 1900 && y <= 2100 && num(s, g[0]) <= 31 && num(s, g[1]) <= 31;
    }
    return false;
  }

  private static boolean cardWordBefore(String s, int start) {
    int from = Math.max(0, start - 40);
    String window = s.substring(from, start).toLowerCase(java.util.Locale.ROOT);
    for (String w : CARD_WORDS) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean phoneWordBefore(String s, int start) {
    int from = Math.max(0, start - 32);
    String window = s.substring(from, start).toLowerCase(java.util.Locale.ROOT);
    for (String w : PHONE_WORDS) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
