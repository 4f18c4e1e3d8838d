package dev.agentruntime.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#stripInvisible} against its definition read code point by code point:
 * zero-width, bidi and other invisible format chars dropped, unpaired surrogates dropped, tag
 * characters U+E0020 – U+E007E decoded to the ASCII they hide and the rest of the tag block
 * dropped, every other code point (emoji, supplementary CJK) kept.
 */
class StripInvisibleTest {

  private static final int[] INVISIBLE = {
    0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063,
    0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD, 0x180E, 0x034F,
  };

  /** the definition, read by code point (a lone surrogate is a code point of its own here) */
  private static String expected(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean invisible = false;
      for (int v : INVISIBLE) {
        invisible |= v == cp;
      }
      if (invisible || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
        return;
      }
      if (cp >= 0xE0020 && cp <= 0xE007E) {
        b.append((char) (cp - 0xE0000));
      } else if (cp < 0xE0000 || cp > 0xE007F) {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  @Test
  void randomTextIsStrippedAsDefined() {
    String[] pieces = {
      "a", "Z", " ", "ig", "nore", "é", "中", "…", "\u0301", "\uD83D\uDE4F", "\uD83D", "\uDE4F", "\uDB40\uDC69",
      "\uDB40\uDC7F", "\uDB40\uDC01", "\uDB40\uDC20", "\uDB40\uDC7E", "\uD840\uDC00", "👩", "💻", "\uFE0F", "\u20E3",
    };
    Random r = new Random(3);
    int changed = 0;
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(k % 100 == 0 ? 400 : 12);
      for (int q = 0; q < len; q++) {
        if (r.nextInt(4) == 0) {
          b.append((char) INVISIBLE[r.nextInt(INVISIBLE.length)]);
        } else {
          b.append(pieces[r.nextInt(pieces.length)]);
        }
      }
      String s = b.toString();
      String stripped = TextNormalizer.stripInvisible(s);
      assertThat(stripped).as("%s", s.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList())
          .isEqualTo(expected(s));
      if (!stripped.equals(s)) {
        changed++;
      }
    }
    assertThat(changed).isGreaterThan(30_000);
  }

  /**
   * NFKC never makes an invisible char, a tag character or an unpaired surrogate, so text once
   * through {@link TextNormalizer#nfkcVisible} comes back unchanged: the scorer folds such text in
   * place and falls back on the full normaliser of it, not of the raw text.
   */
  @Test
  void nfkcVisibleTextStaysAsItIs() {
    StringBuilder b = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      b.setLength(0);
      String s = b.append("a").appendCodePoint(cp).append("\u0301b").toString();
      String once = TextNormalizer.nfkcVisible(s);
      if (!TextNormalizer.nfkcVisible(once).equals(once)) {
        assertThat(TextNormalizer.nfkcVisible(once)).as("U+%04X", cp).isEqualTo(once);
      }
    }
  }

  @Test
  void cleanTextComesBackAsItIs() {
    String s = "Hallo 你好 🙏 ok\uD840\uDC00";
    assertThat(TextNormalizer.stripInvisible(s)).isSameAs(s);
    assertThat(TextNormalizer.stripInvisible(new StringBuilder("zero\u200Bwidth"))).isEqualTo("zerowidth");
  }
}
