package dev.agentruntime.guardrails.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one pass over a text's byte copy that both secret scans need. Overview: eight bytes at a time
 * ({@link WordBytes}) it finds the word starts and the '=', ':' and '-' chars; only there does it
 * look further: (1) whether {@link SecretDetector}'s main scan stops there (a trigger char followed
 * by a char that can continue a credential, at a word start unless it is '-', or an assignment
 * operator; {@link SecretDetector#stopsAt}), recorded as a sorted list of stops, and (2) whether a
 * {@link ProviderTokens} prefix begins at a word start, where its token is then matched. Which
 * positions the main scan stops at depends on the text only, so the scan jumps from stop to stop
 * instead of testing every char. Not thread-safe; one per detection.
 */
final class SecretScan {
  /** where the main scan stops, ascending, in {@code [0, count)} */
  final int[] stops;
  /** how many stops */
  final int count;
  /** the provider tokens, by position, not overlapping */
  final List<ProviderTokens.Found> tokens;

  private SecretScan(int[] stops, int count, List<ProviderTokens.Found> tokens) {
    this.stops = stops;
    this.count = count;
    this.tokens = tokens;
  }

  /**
   * @param s the text
   * @param b its bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @return the stops of the main scan and the provider tokens
   */
  static SecretScan of(String s, byte[] b) {
    List<ProviderTokens.Found> tokens = null;
    int[] stops = new int[16];
    int count = 0;
    int last = s.length() - 1; // both scans look at a char and the next
    int resume = 0; // the end of the last provider token found: none starts before it
    long prevWord = 0; // 0x80 when the byte before the block is a word char
    for (int block = 0; block < last; block += 8) {
      long x = WordBytes.at(b, block);
      long word = WordBytes.of(x);
      long starts = word & ~(word << 8 | prevWord);
      prevWord = word >>> 56;
      long candidates = starts | WordBytes.equal(x, '=') | WordBytes.equal(x, ':') | WordBytes.equal(x, '-');
      for (; candidates != 0; candidates &= candidates - 1) {
        int lane = Long.numberOfTrailingZeros(candidates);
        int i = block + (lane >>> 3);
        if (i >= last) {
          break;
        }
        if (SecretDetector.stopsAt(b, i)) {
          if (count == stops.length) {
            stops = Arrays.copyOf(stops, count * 2);
          }
          stops[count++] = i;
        }
        if ((starts >>> lane & 1) != 0 && i >= resume) {
          ProviderTokens.Found f = ProviderTokens.at(s, b, i);
          if (f != null) {
            if (tokens == null) {
              tokens = new ArrayList<>();
            }
            tokens.add(f);
            resume = f.end();
          }
        }
      }
    }
    return new SecretScan(stops, count, tokens == null ? List.of() : tokens);
  }
}
