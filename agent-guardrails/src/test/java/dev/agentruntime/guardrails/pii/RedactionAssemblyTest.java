package dev.agentruntime.guardrails.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The redaction without a vault numbers its tokens within the text and assembles the result in
 * bulk (a char array for text outside Latin-1, a builder otherwise); it must give exactly the text
 * the redaction through a fresh {@link TokenVault} gives (one replacement at a time into a builder),
 * on English, Latin-1 and mixed-script text, with values at the start, the end and next to each other.
 */
class RedactionAssemblyTest {
  private static final String[] PIECES = {
    "Hallo,", "bitte", "rufen", "Sie", "an:", "+44 20 7946 0958", "jane.doe@example.com", "4111 1111 1111 1111",
    "你好，", "我的电话是", "+44 20 7946 0958，", "下午可以联系我。", "🙏😊", "📦", "—", "Könnten", "prüfen?", "était",
    "reçu", "FR14 2004 1010 0505 0001 3M02 606", "192.168.10.23", "order", "48213", "SSN", "078-05-1120",
    "jeanne.dupont@example.fr", "\n", "the", "box", "was", "crushed.",
  };

  @Test
  void bulkAssemblyGivesTheTextOfAFreshVault() {
    PiiRedactor redactor = PiiRedactor.builder().style(RedactionStyle.TOKENIZE).build();
    Random r = new Random(23);
    int redacted = 0;
    int wide = 0;
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      boolean asciiOnly = k % 3 == 0;
      for (int w = r.nextInt(k % 100 == 0 ? 2000 : 60); w > 0; w--) {
        String p = PIECES[r.nextInt(PIECES.length)];
        if (asciiOnly && p.chars().anyMatch(c -> c > 0x7F)) {
          continue;
        }
        b.append(p).append(r.nextInt(5) == 0 ? "" : " ");
      }
      String s = b.toString();
      String local = redactor.redact(s, null).text();
      assertThat(local).as(s).isEqualTo(redactor.redact(s, new TokenVault()).text());
      if (!local.equals(s)) {
        redacted++;
        if (s.chars().anyMatch(c -> c > 0xFF)) {
          wide++;
        }
      }
    }
    assertThat(redacted).isGreaterThan(3_000);
    assertThat(wide).isGreaterThan(1_000);
  }
}
