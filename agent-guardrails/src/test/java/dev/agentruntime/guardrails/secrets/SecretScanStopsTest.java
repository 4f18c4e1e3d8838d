package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.guardrails.text.ScanBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The secret scan's stops ({@link SecretScan}, found eight bytes at a time) are exactly where
 * looking at every char stops: at '=' or ':', or at a trigger char (A g s r x h e -) followed by a
 * char that can continue a credential, at a word start unless it is '-' (whose second char can also
 * start a command-line option: --name, -p, -a); in text of every script.
 */
class SecretScanStopsTest {
  private static final String TRIGGERS = "Agsrxhe-";
  private static final String[] SECONDS = {"IKSBC3", "hi", "k", "k", "o", "o", "y", "-pa"};
  private static final String[] PIECES = {"A", "g", "s", "r", "x", "h", "e", "-", "I", "K", "S", "B", "C", "3", "i",
    "k", "o", "y", "=", ":", "_", "a", "Z", "9", " ", "\n", ".", "é", "你", "\uD83D\uDE0A", "—", "ß", "\u0100",
    "\u4E61", "sk-", "eyJ", "AKIA", "ghp_", "-----BEGIN", "p", "-p", "-a", "--"};

  private static boolean word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** the per-char definition: every position before the last char where the scan must stop */
  private static List<Integer> reference(String s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      char d = s.charAt(i + 1);
      int t = TRIGGERS.indexOf(c);
      boolean trigger = t >= 0 && SECONDS[t].indexOf(d) >= 0;
      if (c == '=' || c == ':' || (trigger && (i == 0 || !word(s.charAt(i - 1)) || c == '-'))) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void stopsWhereLookingAtEveryCharStops() {
    Random r = new Random(11);
    int stops = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = 1 + r.nextInt(k % 50 == 0 ? 400 : 14); q > 0; q--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      SecretScan scan = SecretScan.of(s, ScanBytes.of(s));
      List<Integer> actual = new ArrayList<>();
      for (int q = scan.nextStop(0); q >= 0; q = scan.nextStop(q + 1)) {
        actual.add(q);
      }
      List<Integer> expected = reference(s);
      assertThat(actual).as(s).isEqualTo(expected);
      stops += expected.size();
    }
    assertThat(stops).isGreaterThan(50_000);
  }
}
