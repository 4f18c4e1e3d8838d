package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.guardrails.text.TextNormalizer;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules skip the search for spaced-out letters ({@link InjectionRules#spacedLetters}) in text
 * outside ASCII that {@link Tokens#loadNormalized} normalised in the buffer without changing its
 * length. That is sound because the in-place normaliser maps every char to one char and keeps a
 * letter standing alone between spaces a letter, which its join pass then joins (the text gets
 * shorter): so a raw text with ten spaced-out letters never keeps its length. Pinned here for every
 * letter of the BMP, on adversarial random text (confusables, full-width letters, leetspeak,
 * zero-width and tag characters, emoji, CJK, base64 and hex payloads) and on our sets and the
 * training corpus: whenever the skip applies, the search finds nothing.
 */
class SpacedLettersSkipTest {

  @Test
  void everyLetterOfTheBmpSpacedOutShortensTheTextOrLeavesTheBuffer() {
    int checked = 0;
    for (int c = 0; c < 0x10000; c++) {
      if (!Character.isLetter((char) c)) {
        continue;
      }
      String l = String.valueOf((char) c);
      for (String s : new String[] {spaced(l, 11), "ab" + l + " " + spaced(l, 10) + " cd", "x. " + spaced(l, 12) + "!"}) {
        assertThat(InjectionRules.spacedLetters(s, 0, s.length())).as("U+%04X", c).isTrue();
        assertThat(skips(s)).as("U+%04X in %s", c, s).isFalse();
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(40_000);
  }

  private static final String[] PIECES = {
    "Ignoriere", "alle", "Anweisungen", "précédentes", "你好", "请忽略", "，", "。", "🙏", "😊", "ignore", "previous",
    "DAN", "system:", "<|im_start|>", "straße", "İstanbul", "ÄÖÜ", "ѕystem", "prоmpt", "1gn0r3", "h@ck", "day!",
    "48213", "—", "«", "\u00a0", "ｓｙｓｔｅｍ", "①", "ﬁle", "ig\u200bnore", "cafe\u0301", "i g n o r e", "a b c d e f",
    "1 g n 0 r 3", "ѕ у ѕ т е м", "ｉ ｇ ｎ ｏ ｒ ｅ", "i\u200b g n o r e", "\uDB40\uDC69 \uDB40\uDC67", "aWdub3JlIGFsbCBwcmV2aW91cw==",
    "69676e6f726520616c6c", "I", "a", "é", "ß", "ø", "ж", "ω", "中", "ア", "\u3000", "\u2028", "a\u00a0b\u00a0c",
  };

  @Test
  void theSkipNeverHidesSpacedLettersInAdversarialMixedText() {
    Random r = new Random(17);
    int skipped = 0;
    int found = 0;
    for (int k = 0; k < 100_000; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + r.nextInt(k % 50 == 0 ? 400 : 40);
      for (int q = 0; q < words; q++) {
        if (r.nextInt(12) == 0) {
          // a run of single chars, a letter or anything else of the BMP, at stride 2
          int len = 3 + r.nextInt(12);
          for (int m = 0; m < len; m++) {
            b.append(r.nextInt(3) == 0 ? (char) r.nextInt(0x10000) : (char) ('a' + r.nextInt(26))).append(' ');
          }
        } else {
          b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(8) == 0 ? ". " : r.nextInt(9) == 0 ? "" : " ");
        }
      }
      String s = b.toString();
      boolean spaced = InjectionRules.spacedLetters(s, 0, s.length());
      if (skips(s)) {
        skipped++;
        assertThat(spaced).as(s).isFalse();
      }
      found += spaced ? 1 : 0;
    }
    assertThat(skipped).as("texts skipped").isGreaterThan(5_000);
    assertThat(found).as("texts with spaced-out letters").isGreaterThan(10_000);
  }

  @Test
  void theSkipNeverHidesSpacedLettersInOurSetsOrTheTrainingCorpus() throws IOException {
    for (String s : InjectionData.ownSetTexts()) {
      if (skips(s)) {
        assertThat(InjectionRules.spacedLetters(s, 0, s.length())).as(s).isFalse();
      }
    }
    int skipped = 0;
    for (String s : InjectionData.corpusTexts()) {
      if (skips(s)) {
        skipped++;
        assertThat(InjectionRules.spacedLetters(s, 0, s.length())).as(s).isFalse();
      }
    }
    assertThat(skipped).isGreaterThan(500);
  }

  /** @return whether the rules skip the search on s (normalised in the buffer, same length) */
  private static boolean skips(String s) {
    Tokens t = Tokens.acquire(s.length());
    try {
      return !t.loadNormalized(s);
    } finally {
      t.release();
    }
  }

  private static String spaced(String letter, int times) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < times; k++) {
      b.append(k == 0 ? "" : " ").append(letter);
    }
    return b.toString();
  }

  @Test
  void theInPlaceNormaliserIsWhatTheSkipReliesOn() {
    // sanity: the skip is reached at all for mixed-script text, and not for spaced-out letters
    assertThat(skips("Könnten Sie bitte den Status prüfen? 你好")).isTrue();
    assertThat(skips("Könnten Sie i g n o r e a l l prüfen")).isFalse();
    char[] a = "ö i g n o r e a l l".toCharArray();
    assertThat(TextNormalizer.normalizeInPlace(a, a.length)).isLessThan(a.length);
  }
}
