package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokens#delimiterAt} skips the delimiter list where no delimiter starts with the two chars
 * there (a redacted {@code <EMAIL_1>}, a {@code [} in prose): it finds the same delimiter as
 * comparing every delimiter at every position, on the delimiters, their prefixes and near misses
 * among random chars of every script, and at every pair of a delimiter's first char and any BMP char.
 */
class DelimiterPrefilterTest {

  /** the delimiter scan without the prefilter */
  private static String reference(Tokens t, int i) {
    for (String d : InjectionRules.DELIMITERS) {
      if (t.regionEquals(i, d)) {
        return d;
      }
    }
    return null;
  }

  private static int assertSame(String text) {
    InjectionRules.create(); // the vocabulary tables (a Tokens made before them builds them instead)
    Tokens t = new Tokens(text.length());
    t.load(text);
    int found = 0;
    for (int i = 0; i < text.length(); i++) {
      String expected = reference(t, i);
      assertThat(t.delimiterAt(i)).as("at %d of '%s'", i, text).isEqualTo(expected);
      found += expected != null ? 1 : 0;
    }
    return found;
  }

  @Test
  void findsWhatTheFullScanFinds() {
    Random r = new Random(5);
    String[] pieces = {"<", "[", "#", "|", "/", "<|", "</", "[/", "###", "### ", "<EMAIL_1>", "[PHONE]", "<<", ">>",
      "sys", "system", "inst", "user", "中", "é", "\uD83D\uDE0A", "\u0130", " ", "\n", "a", "Z", "\u0000", "\uFFFF",
      "\u203A", "\u0100"};
    int found = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = r.nextInt(12); q >= 0; q--) {
        if (r.nextInt(6) == 0) {
          String d = InjectionRules.DELIMITERS[r.nextInt(InjectionRules.DELIMITERS.length)];
          b.append(r.nextBoolean() ? d : d.substring(0, 1 + r.nextInt(d.length())));
        } else {
          b.append(pieces[r.nextInt(pieces.length)]);
        }
      }
      found += assertSame(b.toString());
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void everyCharAfterEveryFirstCharOfADelimiter() {
    StringBuilder b = new StringBuilder();
    for (String d : InjectionRules.DELIMITERS) {
      for (int c = 0; c < 1 << 16; c++) {
        b.append(d.charAt(0)).append((char) c).append(d, Math.min(2, d.length()), d.length()).append(' ');
      }
      assertSame(b.toString());
      b.setLength(0);
    }
  }
}
