package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Output cut at the cap keeps whole characters only, of any UTF-8 length. */
class WholeCharactersTest {

  @Test
  void everyCutOfOneToFourByteCharactersEndsAtTheLastWholeOne() {
    String text = "a\u00e9\u20ac\ud83d\ude00b\ud83d\ude00\u20ac\u00e9";
    byte[] all = text.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= all.length; cut++) {
      byte[] kept = Arrays.copyOf(all, cut);
      String decoded = new String(kept, 0, ProcessRunner.wholeCharacters(kept), StandardCharsets.UTF_8);
      assertThat(text).as("cut at byte " + cut).startsWith(decoded);
      assertThat(decoded.getBytes(StandardCharsets.UTF_8).length).as("cut at byte " + cut)
          .isGreaterThan(cut - 4).isLessThanOrEqualTo(cut);
      if (new String(kept, StandardCharsets.UTF_8).indexOf('\ufffd') < 0) {
        assertThat(decoded).as("a cut between characters loses nothing").isEqualTo(new String(kept,
            StandardCharsets.UTF_8));
      }
    }
  }
}
