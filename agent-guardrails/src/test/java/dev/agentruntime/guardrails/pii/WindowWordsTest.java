package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The context-word check before a number ({@link ContextWords#in}) answers as lowering the
 * window with the JDK and searching it does, for windows of every script, upper and lower case,
 * and the chars whose lower case is or holds an ASCII letter.
 */
class WindowWordsTest {
  private static final String[] WORDS = {"card", "visa", "cc#", "cc no", "tin", "ein", "id no", "national id",
    "phone", "tel", "text me", "ruf", "k", "i"};
  private static final String[] PIECES = {"CARD", "card", "Card", "vIsA", "cc", "#", " ", "no", "NO", "tin", "TIN",
    "\u0130", "\u212A", "\u212Aard", "t\u0130n", "\u0130D NO", "é", "É", "ß", "你", "\uD83D\uDE0A", "\uD801\uDC00",
    "Σ", "ı", "ſ", "e", "i", "n", "l", "p", "h", "o", "x", "m", "r", "u", "f", "Phone", "TEL", "-", ":", "1"};

  private static boolean reference(String s, int from, int to, String[] words) {
    String window = s.substring(from, to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void answersAsLoweringTheWindowDoes() {
    Random r = new Random(3);
    int yes = 0;
    int special = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = r.nextInt(16); q >= 0; q--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      String[] words = {WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)]};
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      boolean expected = reference(s, from, to, words);
      assertThat(new ContextWords(words).in(s, from, to)).as("'%s' [%d, %d) %s", s, from, to, String.join("|", words))
          .isEqualTo(expected);
      yes += expected ? 1 : 0;
      String window = s.substring(from, to);
      special += expected && (window.indexOf('\u0130') >= 0 || window.indexOf('\u212A') >= 0) ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(3_000);
    assertThat(special).as("found through a char outside ASCII").isGreaterThan(50);
  }

  @Test
  void onlyTwoCharsOutsideAsciiLowerToAnAsciiChar() {
    // the premise of the fast path: any other char outside ASCII, lowered, matches no word char
    for (int c = 0x80; c <= 0xFFFF; c++) {
      String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
      boolean ascii = lower.chars().anyMatch(x -> x < 0x80);
      assertThat(ascii).as("U+%04X", c).isEqualTo(c == 0x130 || c == 0x212A);
    }
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
      assertThat(lower.chars().allMatch(x -> x >= 0x80)).as("U+%X", cp).isTrue();
    }
  }
}
