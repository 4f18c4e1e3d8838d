package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-once classes agree with the per-char definitions for every byte value at every lane. */
class WordBytesTest {

  private static boolean word(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  @Test
  void everyByteValueInEveryLaneAmongRandomNeighbours() {
    Random r = new Random(5);
    for (int lane = 0; lane < 8; lane++) {
      for (int v = 0; v < 256; v++) {
        for (int rep = 0; rep < 20; rep++) {
          byte[] b = new byte[8];
          r.nextBytes(b);
          b[lane] = (byte) v;
          long x = 0;
          for (int k = 7; k >= 0; k--) {
            x = x << 8 | (b[k] & 0xFF);
          }
          long word = WordBytes.of(x);
          for (int k = 0; k < 8; k++) {
            int c = b[k] & 0xFF;
            assertThat((word >>> (8 * k)) & 0xFF).as("word lane %d byte %x", k, c).isEqualTo(word(c) ? 0x80L : 0L);
            for (char e : "=:-_".toCharArray()) {
              assertThat((WordBytes.equal(x, e) >>> (8 * k)) & 0xFF).as("'%s' lane %d byte %x", e, k, c)
                  .isEqualTo(c == e ? 0x80L : 0L);
            }
            // the folded tests of the scan: '-' or '%', '~' or '|'
            assertThat((WordBytes.equalWith(x, 0x08, '-') >>> (8 * k)) & 0xFF).as("'-' or '%%' lane %d byte %x", k, c)
                .isEqualTo(c == '-' || c == '%' ? 0x80L : 0L);
            assertThat((WordBytes.equalWith(x, 0x02, '~') >>> (8 * k)) & 0xFF).as("'~' or '|' lane %d byte %x", k, c)
                .isEqualTo(c == '~' || c == '|' ? 0x80L : 0L);
          }
        }
      }
    }
  }

  @Test
  void tailReadsOnlyTheBytesLeft() {
    byte[] b = "ab_9 x.Z".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int from = 0; from < b.length; from++) {
      long w = WordBytes.of(WordBytes.at(b, from));
      for (int k = 0; k < 8; k++) {
        boolean expected = from + k < b.length && word(b[from + k]);
        assertThat((w >>> (8 * k)) & 0xFF).as("from %d lane %d", from, k).isEqualTo(expected ? 0x80L : 0L);
      }
    }
  }
}
