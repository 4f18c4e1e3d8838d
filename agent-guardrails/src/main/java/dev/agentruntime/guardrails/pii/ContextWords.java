package dev.agentruntime.guardrails.pii;

import dev.agentruntime.guardrails.text.AsciiPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Context words looked for in the window of text before a number ("card", "phone", "tax id"):
 * whether one comes in {@code s[from, to)} read in lower case. The same answer as {@code
 * s.substring(from, to).toLowerCase(Locale.ROOT).contains(w)} for some word w, without the two
 * copies and one search per word: one pass over the window, comparing only the words whose first
 * char is the char there. Chars outside ASCII never match an ASCII word char, except the two whose
 * lower case holds one (U+0130 becomes "i" plus a combining dot, the Kelvin sign "k"): when no
 * word is found in a window with either, it is lowered the JDK's way. Immutable.
 */
final class ContextWords {
  private final String[] words;
  /** per ASCII char: the words starting with it (null when none) */
  private final String[][] byFirst = new String[128][];
  /** the pairs of chars the words start with: a window char whose pair with the next is not one starts no word */
  private final AsciiPairs pairs;

  /** @param words words of ASCII chars in lower case, none empty */
  ContextWords(String... words) {
    this.words = words.clone();
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (String w : words) {
      if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.chars().anyMatch(c -> c >= 0x80)) {
        throw new IllegalArgumentException("a context word must be lower-case ASCII, not empty: '" + w + "'");
      }
      lists.get(w.charAt(0)).add(w);
    }
    pairs = new AsciiPairs(words);
    for (int c = 0; c < 128; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(new String[0]);
    }
  }

  /**
   * @param s a text
   * @param from the window's start
   * @param to the window's end
   * @return whether one of the words comes in the window, read in lower case
   */
  boolean in(String s, int from, int to) {
    boolean special = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        special |= c == '\u0130' || c == '\u212A';
        continue;
      }
      int first = lower(c);
      String[] candidates = byFirst[first];
      if (candidates != null && mayStart(first, s, i, to)) {
        for (String w : candidates) {
          if (at(s, i, to, w)) {
            return true;
          }
        }
      }
    }
    return special && lowered(s, from, to);
  }

  /**
   * @return false when no word starting with first (a lower-case ASCII char, at i) can come at i:
   *     then no word of one char starts with it, and the next char (none at the window's end) is
   *     outside ASCII or not, in lower case, the second char of a word starting with first
   */
  private boolean mayStart(int first, String s, int i, int to) {
    int second = i + 1 < to ? s.charAt(i + 1) : 0; // 0 is the second char of no word (nor the first)
    if (second >= 0x80) {
      second = 0;
    }
    return pairs.mayStart(first, lower((char) second));
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** @return whether w (lower case) comes at i, before to, in ASCII chars read in lower case */
  private static boolean at(String s, int i, int to, String w) {
    int len = w.length();
    if (i + len > to) {
      return false;
    }
    for (int k = 1; k < len; k++) {
      char c = s.charAt(i + k);
      if (c >= 0x80 || lower(c) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean lowered(String s, int from, int to) {
    String window = s.substring(from, to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
