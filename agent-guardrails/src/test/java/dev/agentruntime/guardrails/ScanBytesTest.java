package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.guardrails.text.ScanBytes;
import org.junit.jupiter.api.Test;

/** The byte copy keeps every ASCII char at its index and turns no other char into a letter or digit. */
class ScanBytesTest {

  @Test
  void asciiStaysAndEverythingElseIsNoLetterOrDigit() {
    for (String s : new String[] {"card 4111 1111", "caf\u00e9 4111", "\u0414\u0430 4111", "\ud83d\ude00 4111 x", "",
        "a".repeat(300) + "\u4f60\u597d 4111 \ud83d\ude00 \u4e61", "\u4e61".repeat(300) + "x1 \u00e9"}) {
      byte[] b = ScanBytes.of(s);
      assertThat(b).as(s).hasSize(s.length());
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c < 0x80) {
          assertThat(b[k]).as(s + " at " + k).isEqualTo((byte) c);
        } else {
          char d = (char) (b[k] & 0xFF);
          assertThat(d < 0x80 && Character.isLetterOrDigit(d)).as(s + " at " + k).isFalse();
        }
      }
    }
  }
}
