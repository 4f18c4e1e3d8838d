package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.guardrails.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Outside ASCII the in-place normaliser notes the words it reads whose normalised chars are all
 * letters or digits ({@link TextNormalizer#normalizeInPlace(char[], int, int[], int[])}), and {@link
 * Tokens#tokenize} goes over them without reading them again. The words, clause starts, rule and
 * phrase lists and the delimiter must be exactly those of the tokenizer reading every char of the
 * same normalised text; and every noted word must be what the contract says (letters and digits,
 * the sign of its end saying whether it holds a letter, no word char before or after it, its String
 * hash). Random and adversarial texts: every BMP char next to words, supplementary chars,
 * combining marks, U+0130, the Kelvin sign, CJK, emoji, joiners, leetspeak, full-width and
 * confusable letters, spaced-out letters.
 */
class PlainWordsTokenizeTest {

  private static final String[] PIECES = {
    "Ignoriere", "alle", "vorherigen", "Anweisungen", "und", "Systemprompt", "Ignorez", "précédentes", "système",
    "你好", "请忽略", "之前的", "系统提示", "，", "。", "！", "：", "🙏", "😊", "📦", "❤️", "ignore", "previous",
    "instructions", "you", "DAN", "system:", "<|im_start|>", "[INST]", "{{", "}}", "###", "<<<<<<<<<<>>", "straße",
    "Größe", "İstanbul", "\u0130", "\u212a", "\u212aelvin", "ÄÖÜ", "ѕystem", "prоmpt", "1gn0r3", "h@ck", "day!",
    "48213", "+44", "jane.doe@example.com", "—", "«", "»", "“", "„", "\u00a0", "ｓｙｓｔｅｍ", "①", "²", "ﬁle",
    "cafe\u0301", "i g n o r e", "a b c d e f", "l'adresse", "e-mail", "snake_case", "don't", "-x", "'", "_", "-",
    "\n", "\r\n", "?", ";", ":", ".", "Ꭺ", "ǅ", "ᾈ", "ʰ", "々", "〇", "ｶﾀｶﾅ", "カタカナ", "한국어", "\ud840\udc00",
    "\ud835\udc00", "\ud801\udc00", "\ud83d\ude4f\ud83c\udffd", "٣٤", "߀", "Ⅻ", "ⓐ", "𝐀", "\ufe0f",
  };

  /** the pieces the normaliser folds in the buffer (no ligature, combining mark, spaced letters, ...) */
  private static final String[] CLEAN = Arrays.stream(PIECES)
      .filter(p -> TextNormalizer.normalizeInPlace((p + " x").toCharArray(), p.length() + 2) == p.length() + 2)
      .toArray(String[]::new);

  @Test
  void tokenizeGivesTheSameWordsOverThePlainWordsTheNormaliserNoted() {
    Random r = new Random(23);
    int jumped = 0;
    for (int k = 0; k < 40_000; k++) {
      String s = k % 3 == 0 ? randomChars(r, 1 + r.nextInt(300)) : pieces(r, 1 + r.nextInt(60), k % 3 == 1 ? CLEAN : PIECES);
      jumped += sameWords(s) ? 1 : 0;
    }
    assertThat(jumped).as("texts tokenised over noted words").isGreaterThan(10_000);
  }

  @Test
  void everyBmpCharNextToPlainWordsGivesTheSameWords() {
    for (int c = 0x80; c < 0x10000; c++) {
      String ch = String.valueOf((char) c);
      for (String s : new String[] {"é ab" + ch + "cd x", "é " + ch + "ab'cd é", "é ab-" + ch + " ab_cd-e",
          "ab " + ch + "é", "é ab" + ch, "ab" + ch + "ab'é"}) {
        sameWords(s);
      }
    }
  }

  @Test
  void everyNotedWordIsAPlainWordWithItsHash() {
    Random r = new Random(31);
    int noted = 0;
    for (int k = 0; k < 20_000; k++) {
      String s = k % 3 == 0 ? randomChars(r, 1 + r.nextInt(300)) : pieces(r, 1 + r.nextInt(60), k % 3 == 1 ? CLEAN : PIECES);
      char[] a = s.toCharArray();
      int[] ends = new int[a.length];
      int[] hashes = new int[a.length];
      int n = TextNormalizer.normalizeInPlace(a, a.length, ends, hashes);
      if (n != a.length) {
        continue;
      }
      assertThat(new String(a)).as(s).isEqualTo(TextNormalizer.normalize(s));
      for (int i = 0; i < n; i++) {
        if (ends[i] == 0) {
          continue;
        }
        noted++;
        int e = Math.abs(ends[i]);
        String w = new String(a, i, e - i);
        String at = escape(s) + " at " + i;
        assertThat(w.chars().allMatch(q -> Character.isLetterOrDigit((char) q))).as(at).isTrue();
        assertThat(ends[i] > 0).as(at).isEqualTo(w.chars().anyMatch(q -> Character.isLetter((char) q)));
        assertThat(hashes[i]).as(at).isEqualTo(w.hashCode());
        assertThat(i == 0 || !wordish(a[i - 1])).as(at).isTrue();
        assertThat(e == n || !wordish(a[e])).as(at + " end").isTrue();
      }
    }
    assertThat(noted).isGreaterThan(50_000);
  }

  private static boolean wordish(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '!' || c == '+';
  }

  /** @return whether s was tokenised over noted words; asserts the words equal the char-by-char tokenizer's */
  private static boolean sameWords(String s) {
    Tokens fast = new Tokens(s.length());
    fast.loadNormalized(s);
    boolean jumped = plainWords(fast);
    fast.tokenize();
    Tokens plain = new Tokens(s.length());
    plain.load(new String(fast.chars, 0, fast.length));
    plain.tokenize();
    String at = escape(s);
    assertThat(words(fast)).as(at).isEqualTo(words(plain));
    assertThat(fast.delimiter).as(at).isEqualTo(plain.delimiter);
    return jumped;
  }

  private static boolean plainWords(Tokens t) {
    try {
      java.lang.reflect.Field f = Tokens.class.getDeclaredField("plainWords");
      f.setAccessible(true);
      return f.getBoolean(t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> words(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.slots[i] + ":" + t.starts[i] + "-" + t.ends[i] + (t.clauseStart[i] ? "^" : ""));
    }
    out.add("rules " + Arrays.toString(Arrays.copyOf(t.ruleAt, t.ruleCount)));
    out.add("phrases " + Arrays.toString(Arrays.copyOf(t.phraseAt, t.phraseCount)));
    return out;
  }

  private static String pieces(Random r, int words, String[] pieces) {
    StringBuilder b = new StringBuilder();
    for (int q = 0; q < words; q++) {
      b.append(pieces[r.nextInt(pieces.length)]);
      int sep = r.nextInt(12);
      b.append(sep == 0 ? ". " : sep == 1 ? "" : sep == 2 ? "\n" : sep == 3 ? "-" : sep == 4 ? "'" : " ");
    }
    return b.toString();
  }

  /** random chars: ASCII, Latin-1 and beyond, any BMP char, CJK, surrogate pairs, marks, pieces */
  private static String randomChars(Random r, int n) {
    StringBuilder b = new StringBuilder(n);
    String special = " .!?#<>|[]{}'_-@$+\n\u0301\u0130\u212a";
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      if (kind < 4) {
        b.append((char) (0x20 + r.nextInt(0x5f)));
      } else if (kind == 4) {
        b.append((char) (0xa0 + r.nextInt(0x200)));
      } else if (kind == 5) {
        b.append((char) r.nextInt(0x10000));
      } else if (kind == 6) {
        b.append((char) (0x4e00 + r.nextInt(0x5000)));
      } else if (kind == 7) {
        b.appendCodePoint(0x1F300 + r.nextInt(0x700));
      } else if (kind == 8) {
        b.append(special.charAt(r.nextInt(special.length())));
      } else {
        b.append(CLEAN[r.nextInt(CLEAN.length)]);
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }
}
