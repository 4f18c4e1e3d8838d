package dev.agentruntime.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The pair prefilter must admit every pair a word starts with (or it would hide a match) and, to
 * be worth its lookup, little else: checked against the definition for all 128 x 128 pairs.
 */
class AsciiPairsTest {

  @Test
  void admitsExactlyThePairsTheWordsStartWith() {
    String[] words = {"card", "cvv", "<|", "x"};
    AsciiPairs pairs = new AsciiPairs(words);
    int admitted = 0;
    for (int first = 0; first < 128; first++) {
      for (int second = 0; second < 128; second++) {
        boolean expected = false;
        for (String w : words) {
          expected |= w.charAt(0) == first && (w.length() == 1 || w.charAt(1) == second);
        }
        assertThat(pairs.mayStart(first, second)).as("%d %d", first, second).isEqualTo(expected);
        admitted += expected ? 1 : 0;
      }
    }
    assertThat(admitted).as("pairs admitted: ca, cv, <|, and x before any char").isEqualTo(3 + 128);
  }

  @Test
  void aOneCharWordStartsBeforeTheEndOfTheText() {
    assertThat(new AsciiPairs("x").mayStart('x', 0)).isTrue();
    assertThat(new AsciiPairs("xy").mayStart('x', 0)).isFalse();
  }

  @Test
  void charsOutsideAsciiStartNothing() {
    AsciiPairs pairs = new AsciiPairs("ab", "c");
    assertThat(pairs.mayStart('a', 'b')).isTrue();
    assertThat(pairs.mayStart('a', 0x100 + 'b')).isFalse();
    assertThat(pairs.mayStart(0x80 + 'a', 'b')).isFalse();
    assertThat(pairs.mayStart('c', 0x4E2D)).isFalse();
  }

  @Test
  void rejectsAnEmptyOrNonAsciiWordByName() {
    assertThatThrownBy(() -> new AsciiPairs("ok", "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("''");
    assertThatThrownBy(() -> new AsciiPairs("caf\u00e9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caf\u00e9");
  }
}
