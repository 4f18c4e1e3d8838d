package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The anchored scan of {@link InfixTokens} (a few byte comparisons around each '~', '|', '%' and '_'
 * the scan finds eight bytes at a time) finds exactly what each format's whole pattern, with its
 * boundaries written as look-arounds, finds anywhere in the text: texts of planted tokens, tokens cut
 * one char short or long, anchors without a token, and neighbours of every kind.
 */
class InfixTokensTest {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String DIGITS = "0123456789";

  /** each format as one pattern over the whole text (the reference) */
  private static final Map<String, Pattern> REFERENCE = Map.of(
      "azure-ad", Pattern.compile("(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])"),
      "facebook", Pattern.compile("(?<![A-Za-z0-9_])[0-9]{15,16}[|%][0-9A-Za-z_-]{27,40}(?![0-9A-Za-z_-])"),
      "maxmind", Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_])"));

  private static final String[] AROUND = {" ", "\n", "=", ":", "\"", "'", "(", ")", ",", ";", "&", "x", "7", "_", "-",
    ".", "~", "|", "%", "é", "你", "\uD83D\uDE0A", "`", "\\n"};

  private static String rnd(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** a token of one of the formats, sometimes a char too short or too long */
  private static String token(Random r) {
    int off = r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0;
    switch (r.nextInt(4)) {
      case 0:
        return rnd(r, ALNUM + "_~.", 3) + rnd(r, DIGITS, 1) + "Q~" + rnd(r, ALNUM + "_~.-", 31 + r.nextInt(4) + off);
      case 1:
        return rnd(r, DIGITS, 15 + r.nextInt(2) + off) + (r.nextBoolean() ? "|" : "%7C") + rnd(r, ALNUM + "_-",
            27 + r.nextInt(12));
      case 2:
        return rnd(r, ALNUM, 6 + off) + "_" + rnd(r, ALNUM, 29) + "_mmk";
      default: // anchors without a token
        return rnd(r, ALNUM, r.nextInt(8)) + (r.nextBoolean() ? "Q~" : r.nextBoolean() ? "_mmk" : "|") + rnd(r, DIGITS, 3);
    }
  }

  @Test
  void theAnchoredScanFindsWhatTheWholePatternsFind() {
    Random r = new Random(31);
    int found = 0;
    Map<String, Integer> perFormat = new TreeMap<>();
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = r.nextInt(4); q >= 0; q--) {
        b.append(AROUND[r.nextInt(AROUND.length)]).append(token(r)).append(AROUND[r.nextInt(AROUND.length)]);
      }
      String s = b.toString();
      List<String> expected = new ArrayList<>();
      REFERENCE.forEach((provider, p) -> {
        Matcher m = p.matcher(s);
        while (m.find()) {
          if (!SecretDetector.filler(s, m.start(), m.end())) {
            expected.add(m.start() + "-" + m.end() + " " + provider);
          }
        }
      });
      // tokens do not overlap: the one starting first wins
      expected.sort(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.substring(0, e.indexOf('-')))));
      int lastEnd = 0;
      for (java.util.Iterator<String> it = expected.iterator(); it.hasNext(); ) {
        String e = it.next();
        int start = Integer.parseInt(e.substring(0, e.indexOf('-')));
        if (start < lastEnd) {
          it.remove();
        } else {
          lastEnd = Integer.parseInt(e.substring(e.indexOf('-') + 1, e.indexOf(' ')));
        }
      }
      expected.sort(null);
      List<String> actual = new ArrayList<>();
      for (ProviderTokens.Found f : ProviderTokens.find(s)) {
        actual.add(f.start() + "-" + f.end() + " " + f.rule().provider());
      }
      actual.sort(null);
      assertThat(actual).as(s).isEqualTo(expected);
      found += expected.size();
      expected.forEach(e -> perFormat.merge(e.substring(e.indexOf(' ') + 1), 1, Integer::sum));
    }
    assertThat(found).as("tokens found").isGreaterThan(5_000);
    assertThat(perFormat).as("every format found").containsOnlyKeys(REFERENCE.keySet());
    perFormat.values().forEach(n -> assertThat(n).isGreaterThan(1_000));
  }
}
