package dev.agentruntime.guardrails.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The one pass over a text's byte copy that both secret scans need. Overview: eight bytes at a time
 * ({@link WordBytes}) it finds the word starts and the '=', ':', '-', '%', '~', '|' and '_' chars;
 * only there does it look further: (1) whether {@link SecretDetector}'s main scan stops there (a
 * trigger char followed by a char that can continue a credential, at a word start unless it is '-',
 * or an assignment operator; {@link SecretDetector#stopsAt}), recorded as one bit per char (an
 * eighth of a byte per char, whatever the text: a text of '=' costs no more), (2) whether a
 * {@link ProviderTokens} prefix begins at a word start, where its token is then matched, and (3)
 * whether an {@link InfixTokens} token lies around a '%', '~', '|' or '_'. Which
 * positions the main scan stops at depends on the text only, so the scan jumps from stop to stop
 * instead of testing every char. Not thread-safe; one per detection.
 */
final class SecretScan {
  /** bit i (of word i / 64) set where the main scan stops */
  private final long[] stops;
  /** the provider tokens, by position, not overlapping */
  final List<ProviderTokens.Found> tokens;

  private SecretScan(long[] stops, List<ProviderTokens.Found> tokens) {
    this.stops = stops;
    this.tokens = tokens;
  }

  /**
   * @param from a position, at least 0
   * @return the first position at or after from where the main scan stops, or -1
   */
  int nextStop(int from) {
    int w = from >>> 6;
    if (w >= stops.length) {
      return -1;
    }
    long x = stops[w] & (-1L << from); // the shift counts mod 64
    while (x == 0) {
      if (++w == stops.length) {
        return -1;
      }
      x = stops[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(x);
  }

  /**
   * @param s the text
   * @param b its bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @return the stops of the main scan and the provider tokens
   */
  static SecretScan of(String s, byte[] b) {
    List<ProviderTokens.Found> tokens = null;
    int last = s.length() - 1; // both scans look at a char and the next
    long[] stops = new long[(Math.max(last, 0) + 63) >>> 6];
    int resume = 0; // the end of the last provider token found: none starts before it
    long prevWord = 0; // 0x80 when the byte before the block is a word char
    for (int block = 0; block < last; block += 8) {
      long x = WordBytes.at(b, block);
      long word = WordBytes.of(x);
      long starts = word & ~(word << 8 | prevWord);
      prevWord = word >>> 56;
      // '=', ':', '-' for the main scan; '%' (with '-'), '~' and '|' (one test) and '_' for the infix tokens
      long candidates = starts | WordBytes.equal(x, '=') | WordBytes.equal(x, ':') | WordBytes.equalWith(x, 0x08, '-')
          | WordBytes.equalWith(x, 0x02, '~') | WordBytes.equal(x, '_');
      for (; candidates != 0; candidates &= candidates - 1) {
        int lane = Long.numberOfTrailingZeros(candidates);
        int i = block + (lane >>> 3);
        if (i >= last) {
          break;
        }
        if (SecretDetector.stopsAt(b, i)) {
          stops[i >>> 6] |= 1L << i;
        }
        if (i >= resume) {
          ProviderTokens.Found f = (starts >>> lane & 1) != 0 ? ProviderTokens.at(s, b, i) : InfixTokens.at(s, b, i);
          if (f != null && f.start() >= resume) {
            if (tokens == null) {
              tokens = new ArrayList<>();
            }
            tokens.add(f);
            resume = f.end();
          }
        }
      }
    }
    return new SecretScan(stops, tokens == null ? List.of() : tokens);
  }
}
