package dev.agentruntime.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The normaliser folds look-alikes through a table built from its switch; for every char of the
 * BMP the table (and the chars past its end) must say what the switch says.
 */
class ConfusableTableTest {

  @Test
  void tableSaysWhatTheSwitchSaysForEveryChar() {
    int folded = 0;
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      assertThat(TextNormalizer.confusable(c)).as("U+%04X", i).isEqualTo(TextNormalizer.confusableSwitch(c));
      folded += TextNormalizer.confusableSwitch(c) != c ? 1 : 0;
    }
    assertThat(folded).as("look-alikes folded").isGreaterThan(30);
  }
}
