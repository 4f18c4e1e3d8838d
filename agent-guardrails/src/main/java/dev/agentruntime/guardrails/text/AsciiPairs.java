package dev.agentruntime.guardrails.text;

/**
 * A prefilter for scanners that look for a few words at every position of a text: one bit per
 * pair of ASCII chars {@code first << 7 | second}, set when one of the words can start with the
 * two. A position whose pair is not set starts none of the words, so they need not be compared
 * one by one there. Immutable and thread-safe.
 */
public final class AsciiPairs {
  private final long[] bits = new long[(128 * 128) >>> 6];

  /**
   * @param words words of ASCII chars, none empty; a one-char word can start before any second
   *     char (and before none: see {@link #mayStart})
   * @throws IllegalArgumentException naming the word, when one is empty or holds a char outside
   *     ASCII
   */
  public AsciiPairs(String... words) {
    for (String w : words) {
      if (w.isEmpty() || w.chars().anyMatch(c -> c >= 0x80)) {
        throw new IllegalArgumentException("a word must be ASCII and not empty: '" + w + "'");
      }
      for (int second = 0; second < 128; second++) {
        if (w.length() == 1 || w.charAt(1) == second) {
          int pair = w.charAt(0) << 7 | second;
          bits[pair >>> 6] |= 1L << pair;
        }
      }
    }
  }

  /**
   * @param first a char of the text
   * @param second the char after it, or 0 when none (0 is the second char of no word)
   * @return whether one of the words can start with the two: false when either is outside ASCII
   */
  public boolean mayStart(int first, int second) {
    int pair = first << 7 | second;
    return (first | second) < 128 && (bits[pair >>> 6] >>> pair & 1) != 0;
  }
}
