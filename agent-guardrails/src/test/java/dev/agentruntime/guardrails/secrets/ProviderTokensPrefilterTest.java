package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The provider-token scan with its prefilters (the char before must not be a word char; the three
 * chars at a position must begin some prefix) finds exactly what trying every rule at every
 * position finds, in text of every script and with every kind of char before a token.
 */
class ProviderTokensPrefilterTest {
  private static final String URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  private static final String[] BEFORE = {"", " ", "=", "\"", ":", "\n", "x", "Z", "7", "_", "-", ".", "é", "你",
    "\uD83D\uDE0A", "'", "(", "/"};
  private static final String[] FILLER = {"hello there ", "Bestellung prüfen ", "你好，请帮我 ", "key: ", "token=",
    "\"secret\": \"", "export KEY=", "caf\u00e9 ", "\uD83D\uDE4F ", "sk-", "ghp", "xox", "AKIA", "glpat", "SG."};

  @Test
  void prefilteredScanFindsWhatEveryRuleAtEveryPositionFinds() {
    Random r = new Random(29);
    int found = 0;
    int afterWordChar = 0;
    int reachingBack = 0;
    for (int k = 0; k < 6_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int q = r.nextInt(6); q >= 0; q--) {
        b.append(FILLER[r.nextInt(FILLER.length)]);
        String before = BEFORE[r.nextInt(BEFORE.length)];
        b.append(before);
        ProviderTokens.Rule rule = ProviderTokens.RULES.get(r.nextInt(ProviderTokens.RULES.size()));
        if (rule.back() > 0 && r.nextInt(4) != 0) { // its id before the prefix, sometimes a char short or long
          for (int c = rule.back() - 2 + r.nextInt(3); c >= 0; c--) {
            b.append(URLSAFE.charAt(r.nextInt(62)));
          }
          b.append('.');
        }
        b.append(rule.prefix());
        int len = r.nextInt(rule.maxLength());
        for (int c = 0; c < len; c++) {
          b.append(r.nextInt(40) == 0 ? '.' : URLSAFE.charAt(r.nextInt(URLSAFE.length())));
        }
        b.append(r.nextBoolean() ? " " : "\"");
      }
      String s = b.toString();
      List<String> expected = everyRuleEverywhere(s);
      List<String> actual = new ArrayList<>();
      for (ProviderTokens.Found f : ProviderTokens.find(s)) {
        actual.add(f.start() + "-" + f.end() + " " + f.rule().provider());
      }
      assertThat(actual).as(s).isEqualTo(expected);
      found += expected.size();
      for (String e : expected) {
        int at = Integer.parseInt(e.substring(0, e.indexOf('-')));
        afterWordChar += at > 0 && s.charAt(at - 1) >= 0x80 ? 1 : 0;
        reachingBack += e.endsWith(" hashicorp-tf") ? 1 : 0;
      }
    }
    assertThat(found).as("tokens found").isGreaterThan(600);
    assertThat(afterWordChar).as("tokens right after a char outside ASCII").isGreaterThan(100);
    assertThat(reachingBack).as("tokens starting before their prefix (Terraform)").isGreaterThan(5);
  }

  /**
   * the reference: at every position after a non-word char, every rule in order (its token starting
   * there or {@code back} chars before, after the last token found), the first match wins
   */
  private static List<String> everyRuleEverywhere(String s) {
    List<String> out = new ArrayList<>();
    int lastEnd = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      if (i > 0 && word(s.charAt(i - 1))) {
        continue;
      }
      for (ProviderTokens.Rule rule : ProviderTokens.RULES) {
        int from = i - rule.back();
        if (from < lastEnd || !s.startsWith(rule.prefix(), i)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s);
        m.region(from, Math.min(s.length(), from + rule.maxLength() + 1));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (m.lookingAt() && !SecretDetector.filler(s, from, m.end())) {
          out.add(from + "-" + m.end() + " " + rule.provider());
          lastEnd = m.end();
          i = m.end() - 1;
          break;
        }
      }
    }
    return out;
  }

  private static boolean word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
