package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tokenizers' per-char tables say exactly what the {@link Character} methods they replace say, for every char. */
class CharKindsTest {

  @Test
  void tablesAgreeWithCharacterForEveryChar() {
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      int k = CharKinds.KIND[i];
      assertThat((k & CharKinds.LETTER) != 0).as("isLetter U+%04X", i).isEqualTo(Character.isLetter(c));
      assertThat((k & CharKinds.LETTER_OR_DIGIT) != 0).as("isLetterOrDigit U+%04X", i)
          .isEqualTo(Character.isLetterOrDigit(c));
      assertThat((k & CharKinds.CJK) != 0).as("cjk U+%04X", i).isEqualTo(InjectionFeaturesReference.cjk(c));
      assertThat(CharKinds.LOWER[i]).as("toLowerCase U+%04X", i).isEqualTo(Character.toLowerCase(c));
    }
  }
}
