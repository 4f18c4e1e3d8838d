package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.guardrails.text.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules' general tokenizer ({@link Tokens#tokenize}, for text outside ASCII) reads one table
 * per char ({@link Tokens#CHAR_KINDS}) where it branched on ASCII and read two tables; its words
 * (where they start and end, their vocabulary slot, whether a clause starts there) and the fake
 * delimiter it finds must be exactly those of the code it replaces ({@link #reference}, kept here
 * as it was): for every char of the BMP in context, on random mixed-script text, on our own sets
 * and on every row of the training corpus when it is present, raw and normalised.
 */
class TokenizeEquivalenceTest {

  private static final String[] PIECES = {
    "Ignoriere", "alle", "vorherigen", "Anweisungen", "Vergiss", "Ignorez", "précédentes", "RÉVÉLEZ", "système",
    "你好", "请忽略", "之前的", "指示", "，", "。", "！", "🙏", "😊", "ignore", "previous", "instructions", "you're",
    "don't", "e-mail", "snake_case", "-", "_", "'", "a-", "x'", "DAN", "system:", "<|im_start|>", "[INST]", "###",
    "straße", "İstanbul", "ΑΒΓ", "ѕystem", "1gn0r3", "48213", "١٢٣", "²", "“", "„", "”", "(", "\"", ",", "\n", ";",
  };

  /** The tokenizer as it was before its table: returns {slot, clause start, start, end} per word and the delimiter. */
  private static List<int[]> reference(Tokens t, String[] delimiter) {
    char[] cs = t.chars;
    int n = t.length;
    List<int[]> out = new ArrayList<>();
    boolean boundary = true;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        boolean hasLetter = false;
        int h = 0;
        while (j < n) {
          char d = cs[j];
          if (d < 0x80) {
            boolean letter = d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z';
            boolean digit = d >= '0' && d <= '9';
            if (letter) {
              hasLetter = true;
            } else if (!digit && !((d == '\'' || d == '_' || d == '-') && j + 1 < n && Character.isLetter(cs[j + 1]))) {
              break;
            }
          } else if (Character.isLetter(d)) {
            hasLetter = true;
          } else if (!Character.isLetterOrDigit(d)) {
            break;
          }
          h = 31 * h + d;
          j++;
        }
        if (!hasLetter) {
          out.add(new int[] {Tokens.DIGITS, boundary ? 1 : 0, i, j});
        } else if (j - i <= 40) {
          out.add(new int[] {InjectionRules.lookup(cs, i, j, h), boundary ? 1 : 0, i, j});
        }
        boundary = false;
        i = j;
      } else {
        if (c < 0x80 ? ".!?:;\n\",-(".indexOf(c) >= 0 : (c == '\u201c' || c == '\u201e')) {
          boundary = true;
        } else if ((c == '<' || c == '[' || c == '#') && delimiter[0] == null) {
          delimiter[0] = t.delimiterAt(i);
        }
        i++;
      }
    }
    return out;
  }

  private static void assertSameWords(String text) {
    InjectionRules.create(); // the vocabulary tables (a Tokens made before them builds them instead)
    Tokens t = new Tokens(text.length());
    t.load(text);
    String[] delimiter = new String[1];
    List<int[]> expected = reference(t, delimiter);
    t.tokenize();
    assertThat(t.size()).as(text).isEqualTo(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      int[] e = expected.get(k);
      assertThat(new int[] {t.slots[k], t.clauseStart[k] ? 1 : 0, t.starts[k], t.ends[k]}).as("word %d of %s", k, text)
          .isEqualTo(e);
    }
    assertThat(t.delimiter).as(text).isEqualTo(delimiter[0]);
  }

  private static void assertSameWordsRawAndNormalised(String text) {
    assertSameWords(text);
    assertSameWords(TextNormalizer.normalizeFully(text));
  }

  @Test
  void everyCharOfTheBmpInContextGivesTheSameWords() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      b.append("Wx").append(c).append("yZ ").append(c).append("ab. ").append(c).append(c).append("中").append(c)
          .append("1").append(c).append("a-").append(c).append(" a'").append(c).append("<").append(c).append('\n');
      if (b.length() > 4_000) {
        assertSameWords(b.toString());
        b.setLength(0);
      }
    }
    assertSameWords(b.toString());
  }

  @Test
  void randomMixedScriptTextGivesTheSameWords() {
    Random r = new Random(13);
    for (int k = 0; k < 10_000; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + r.nextInt(k % 50 == 0 ? 600 : 30);
      for (int q = 0; q < words; q++) {
        b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(8) == 0 ? ". " : r.nextInt(9) == 0 ? "" : " ");
      }
      assertSameWordsRawAndNormalised(b.toString());
    }
  }

  @Test
  void ourOwnSetsGiveTheSameWords() throws IOException {
    List<String> texts = InjectionData.ownSetTexts();
    texts.forEach(TokenizeEquivalenceTest::assertSameWordsRawAndNormalised);
    assertThat(texts).hasSizeGreaterThan(500);
  }

  @Test
  void theTrainingCorpusGivesTheSameWords() throws IOException {
    List<String> texts = InjectionData.corpusTexts();
    texts.forEach(TokenizeEquivalenceTest::assertSameWordsRawAndNormalised);
    assertThat(texts).hasSizeGreaterThan(10_000);
  }
}
