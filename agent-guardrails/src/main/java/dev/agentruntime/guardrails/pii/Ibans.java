package dev.agentruntime.guardrails.pii;

import java.util.List;
import java.util.Map;

/**
 * International bank account numbers. Overview: an IBAN starts with two letters and two check
 * digits, so candidates are only looked at two chars before a run of digits (the runs come from
 * {@link DigitRuns}, found eight bytes at a time) and only where no letter or digit comes before.
 * From there up to 34 letters and digits are read, single spaces between groups allowed; the
 * number must have its country's registered length (any length from 15 for a country not in the
 * table) and pass the ISO 13616 mod-97 check.
 */
final class Ibans {
  private Ibans() {}

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

  /** Adds every valid IBAN of s to out, in order; runs from {@link DigitRuns#starts}. */
  static void scan(String s, int[] runs, List<PiiMatch> out) {
    int n = s.length();
    int i = 0;
    int k = 1; // index of the next digit run start to consider
    while (i + 15 <= n) {
      // an IBAN starting at i has letters at i, i + 1 and digits at i + 2, i + 3: skip to the next
      // digit run starting at or after i + 2
      k = DigitRuns.next(runs, k, i + 2);
      int p = k <= runs[0] ? runs[k] : n;
      if (p - 2 + 15 > n) {
        break;
      }
      i = p - 2;
      char c0 = s.charAt(i);
      if (PiiChars.isDigit(s.charAt(i + 3)) && PiiChars.isLetter(c0) && PiiChars.isLetter(s.charAt(i + 1))
          && (i == 0 || !PiiChars.isAlnum(s.charAt(i - 1)))) {
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
      if (PiiChars.isAlnum(c)) {
        compact[len++] = Character.toUpperCase(c);
        j++;
        if (len >= 15 && (expected == null || len == expected)
            && (j == n || !PiiChars.isAlnum(s.charAt(j))) && mod97(compact, len)) {
          lastGood = j;
          if (expected != null) {
            break;
          }
        }
      } else if (c == ' ' && len >= 4 && j + 1 < n && PiiChars.isAlnum(s.charAt(j + 1)) && j > i
          && PiiChars.isAlnum(s.charAt(j - 1))) {
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
}
