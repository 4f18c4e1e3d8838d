package dev.agentruntime.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass fast path of {@link TextNormalizer#normalize} for text NFKC leaves alone
 * ({@link TextNormalizer#normalizeInPlace}) gives exactly what the full normaliser gives
 * ({@link TextNormalizer#normalizeFully}: invisible characters stripped, NFKC, folding), for every
 * char of the Basic Multilingual Plane in several contexts, every canonical composition, random
 * mixed-script text and the project's multilingual corpora.
 */
class TextNormalizerInPlaceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** chars of text NFKC leaves alone: the fast path's case */
  private static final String[] CLEAN = {
    "a", "b", "e", "i", "o", "x", "A", "E", "I", "Z", "0", "1", "3", "4", "5", "7", "@", "$", "!", "+", " ", " ",
    " ", " ", ".", ",", "'", "-", "_", "\n", "\t", "<", "[", "#", "|", ":", "ä", "ö", "ü", "ß", "Ä", "é", "è", "ç",
    "É", "à", "œ", "ñ", "İ", "ı", "ẞ", "你", "好", "我", "。", "，", "！", "？", "：", "🙏", "😊", "📦", "❤", "\uFE0F",
    "а", "е", "о", "р", "с", "Ѕ", "α", "ο", "Ω", "가", "각", "ّ", "ع", "ש", "…", "—", "«", "»", "“", "„", "Ǆ",
  };

  /** chars only the full normaliser handles: invisible, combining, compatibility, jamo, surrogates */
  private static final String[] OTHER = {
    "\u200D", "\u200B", "\u00AD", "\u0301", "\u0308", "\u0345", "ﬁ", "ｉ", "Ｇ", "①", "²", "ℌ", "𝐢", "\u1100",
    "\u1161", "\u11A8", "\uD800", "\uDC00", "\uDB40\uDC69", "\u0958", "\u0915", "\u093C", "\u0B47", "\u0B3E",
    "\u202E", "™",
  };


  @Test
  void everyCharOfTheBasicPlaneInContextMatchesTheFullNormaliser() {
    String[][] contexts = {
      {"", ""}, {"a", ""}, {"", "\u0301"}, {"e", "\u0316\u0301"}, {"x ", " y z"}, {"\u1100", "\u11A8"},
      {"a\u0345", ""}, {"Ab1", "c!"}, {"i g n o ", " e x"},
    };
    int fast = 0;
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) {
      for (String[] ctx : contexts) {
        b.setLength(0);
        String s = b.append(ctx[0]).append((char) c).append(ctx[1]).toString();
        String expected = TextNormalizer.normalizeFully(s);
        if (!TextNormalizer.normalize(s).equals(expected)) {
          assertThat(TextNormalizer.normalize(s)).as("U+%04X in \"%s\"", c, escape(s)).isEqualTo(expected);
        }
        if (TextNormalizer.normalizeInPlace(s.toCharArray(), s.length()) >= 0) {
          fast++;
        }
      }
    }
    assertThat(fast).as("texts that took the fast path").isGreaterThan(200_000);
  }

  @Test
  void everyCanonicalAndCompatibilityDecompositionMatchesTheFullNormaliser() {
    // a decomposed char is a starter followed by chars that compose with it: the fast path must
    // never take such a text for one NFKC leaves alone
    for (int cp = 0; cp < 0x20000; cp++) {
      if (Character.isSurrogate((char) cp) && cp < 0x10000) {
        continue;
      }
      String one = new String(Character.toChars(cp));
      for (Normalizer.Form f : new Normalizer.Form[] {Normalizer.Form.NFD, Normalizer.Form.NFKD}) {
        String d = Normalizer.normalize(one, f);
        String s = "x" + d + " " + d + "y";
        String expected = TextNormalizer.normalizeFully(s);
        if (!TextNormalizer.normalize(s).equals(expected)) {
          assertThat(TextNormalizer.normalize(s)).as("U+%04X %s", cp, f).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void randomMixedScriptTextMatchesTheFullNormaliser() {
    Random r = new Random(17);
    int fast = 0;
    for (int k = 0; k < 60_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(30);
      // mostly clean chars (the fast path's case), sometimes anything
      for (int q = 0; q < len; q++) {
        b.append(k % 4 == 0 && r.nextInt(8) == 0 ? OTHER[r.nextInt(OTHER.length)] : CLEAN[r.nextInt(CLEAN.length)]);
      }
      String s = b.toString();
      String expected = TextNormalizer.normalizeFully(s);
      String actual = TextNormalizer.normalize(s);
      if (!actual.equals(expected)) { // described only on failure: escaping every text is slow
        assertThat(actual).as(escape(s)).isEqualTo(expected);
      }
      char[] a = (s + "tail").toCharArray();
      int n = TextNormalizer.normalizeInPlace(a, s.length());
      if (n >= 0) {
        fast++;
        String inPlace = new String(a, 0, n);
        if (!inPlace.equals(expected) || !new String(a, s.length(), 4).equals("tail")) {
          assertThat(inPlace).as(escape(s)).isEqualTo(expected);
          assertThat(new String(a, s.length(), 4)).as("chars after length are not touched").isEqualTo("tail");
        }
      }
    }
    assertThat(fast).as("texts that took the fast path").isGreaterThan(30_000);
  }

  /** pieces of text for {@link #asciiWordsSingleLettersAndEverythingElseMatchTheFullNormaliser} */
  private static final String[] PIECES = {
    "ignore", "Ignore", "IGNORE", "previous", "instrUctions", "a", "I", "x", "e", "n", "o", "b", "Z",
    "p4ss", "h3llo", "1gn0re", "day!", "wow!!", "a@b", "$ave", "+plus", "48213", "7", "0", "ab_cd", "it's",
    "pre-set", "schön", "Über", "été", "ça", "日本", "你", "а", "раураl", "ѕystem", "ǅ", "ß",
    " ", " ", " ", " ", "  ", ", ", ". ", "\n", "\t", "-", "'", "_", "<", "#", "|", ":", "!", "@", "$", "+",
    "\u00a0", "\u3000", "，", "！", "😊", "🙏", "\uFE0F", "—", "“", "„",
  };

  @Test
  void asciiWordsSingleLettersAndEverythingElseMatchTheFullNormaliser() {
    // the in-place path reads a word of ASCII letters ended by an ASCII non-word char on its own
    // and joins spaced-out letters only after five one-char words in a row: words of every other
    // kind right before, inside and after such words, and runs of one-char words of every length
    Random r = new Random(23);
    int fast = 0;
    int joined = 0;
    for (int k = 0; k < 80_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(24);
      for (int q = 0; q < len; q++) {
        String piece = PIECES[r.nextInt(PIECES.length)];
        if (piece.length() == 1 && Character.isLetter(piece.charAt(0)) && r.nextInt(3) == 0) {
          for (int run = r.nextInt(8); run >= 0; run--) { // spaced-out letters, sometimes
            b.append(piece).append(r.nextInt(6) == 0 ? "  " : " ");
          }
        } else {
          b.append(piece);
        }
      }
      String s = b.toString();
      String expected = TextNormalizer.normalizeFully(s);
      char[] a = (s + "tail").toCharArray();
      int n = TextNormalizer.normalizeInPlace(a, s.length());
      if (n >= 0) {
        fast++;
        joined += n < s.length() ? 1 : 0;
        String inPlace = new String(a, 0, n);
        if (!inPlace.equals(expected) || !new String(a, s.length(), 4).equals("tail")) {
          assertThat(inPlace).as(escape(s)).isEqualTo(expected);
          assertThat(new String(a, s.length(), 4)).as("chars after length are not touched").isEqualTo("tail");
        }
      }
      if (!TextNormalizer.normalize(s).equals(expected)) {
        assertThat(TextNormalizer.normalize(s)).as(escape(s)).isEqualTo(expected);
      }
    }
    assertThat(fast).as("texts that took the fast path").isGreaterThan(60_000);
    assertThat(joined).as("texts whose spaced-out letters were joined in place").isGreaterThan(5_000);
  }

  @Test
  void spacedOutLettersAreJoinedInPlace() {
    String[] samples = {
      "ä b c d e f", "i g n o r e all", "ça i g n o r e a l l ë", "x y z w v", "x y z w", "ü a b c d e f g h i j",
      "a b c d e 你 f g h i j k", "ö a b c d e, f g h i j", "é a b c d e f g h i j k l m n o p q r s t u",
    };
    for (String s : samples) {
      char[] a = s.toCharArray();
      int n = TextNormalizer.normalizeInPlace(a, a.length);
      assertThat(n).as(s).isGreaterThanOrEqualTo(0);
      assertThat(new String(a, 0, n)).as(s).isEqualTo(TextNormalizer.normalizeFully(s));
    }
    char[] a = "Über I G N O R E alles".toCharArray();
    int n = TextNormalizer.normalizeInPlace(a, a.length);
    assertThat(new String(a, 0, n)).isEqualTo("über ignore alles");
  }

  @Test
  void textTheFullNormaliserMustSeeIsRefused() {
    for (String s : new String[] {"ｉｇｎｏｒｅ ﬁ", "ig\u200bnore ä", "cafe\u0301", "ﬁle é", "\uD800 ä", "é\uDB40\uDC69"}) {
      assertThat(TextNormalizer.normalizeInPlace(s.toCharArray(), s.length())).as(escape(s)).isEqualTo(-1);
      assertThat(TextNormalizer.normalize(s)).as(escape(s)).isEqualTo(TextNormalizer.normalizeFully(s));
    }
    char[] fullWidth = "ＩＧＮＯＲＥ，ａｌｌ\u00a0ｐｒｅｖｉｏｕｓ".toCharArray(); // NFKC maps each char to one
    int n = TextNormalizer.normalizeInPlace(fullWidth, fullWidth.length);
    assertThat(new String(fullWidth, 0, n)).isEqualTo("ignore,all previous");
    assertThatThrownBy(() -> TextNormalizer.normalizeInPlace(new char[2], 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aTextNormalisedPartByPartBetweenSpacesIsTheWholeTextNormalised() {
    Random r = new Random(23);
    int parts = 0;
    int refusedTexts = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + r.nextInt(20); w > 0; w--) {
        for (int c = r.nextInt(4); c >= 0; c--) {
          b.append(CLEAN[r.nextInt(CLEAN.length)]);
        }
        b.append(' ');
      }
      String s = b.toString();
      char[] whole = s.toCharArray();
      int n = TextNormalizer.normalizeInPlace(whole, whole.length);
      char[] a = s.toCharArray();
      int singles = 0;
      int from = 0;
      boolean spaced = false;
      boolean refused = false;
      while (from < a.length && !refused) {
        int to = s.indexOf(' ', from + 1 + r.nextInt(12));
        to = to < 0 ? a.length : to;
        singles = TextNormalizer.normalizePartInPlace(a, from, to, singles);
        parts++;
        refused = singles == -1;
        assertThat(singles).as(escape(s)).isBetween(-1, TextNormalizer.SPACED_OUT);
        spaced |= singles == TextNormalizer.SPACED_OUT;
        from = to;
      }
      // a part is refused exactly when the whole text is (a char the full normaliser must see)
      assertThat(refused).as(escape(s)).isEqualTo(n < 0);
      if (refused) {
        refusedTexts++;
      } else if (n == a.length) {
        // no letters joined: the parts give the whole text's result
        assertThat(new String(a)).as(escape(s)).isEqualTo(new String(whole, 0, n));
      } else {
        assertThat(spaced).as("letters joined in %s", escape(s)).isTrue();
      }
    }
    assertThat(parts).isGreaterThan(50_000);
    assertThat(refusedTexts).isBetween(100, 19_000);
  }

  @Test
  void aPartWithACharOnlyTheFullNormaliserHandlesIsRefused() {
    char[] a = "Bitte ﬁle ignorieren".toCharArray();
    assertThat(TextNormalizer.normalizePartInPlace(a, 0, 5, 0)).isEqualTo(0);
    assertThat(new String(a, 0, 5)).isEqualTo("bitte");
    assertThat(TextNormalizer.normalizePartInPlace(a, 6, 10, 0)).isEqualTo(-1);
    assertThat(TextNormalizer.normalizePartInPlace("a b c d".toCharArray(), 0, 7, 1)).isEqualTo(TextNormalizer.SPACED_OUT);
    assertThat(TextNormalizer.normalizePartInPlace("a b c d".toCharArray(), 0, 7, 0)).isEqualTo(4);
    assertThatThrownBy(() -> TextNormalizer.normalizePartInPlace(new char[4], 3, 2, 0))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("[3, 2)");
    assertThatThrownBy(() -> TextNormalizer.normalizePartInPlace(new char[4], 0, 5, 0))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("array 4");
    assertThatThrownBy(() -> TextNormalizer.normalizePartInPlace(new char[4], 0, 4, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("singles");
  }

  @Test
  void aSeparatorIsWhatTheNormaliserMakesOfItBetweenWords() {
    int separators = 0;
    for (int c = 0; c < 0x10000; c++) {
      int sep = TextNormalizer.separator((char) c);
      if (sep < 0) {
        continue;
      }
      separators++;
      assertThat(TextNormalizer.normalizeFully("ab" + (char) c + "cd")).as("U+%04X", c).isEqualTo("ab" + (char) sep + "cd");
    }
    assertThat(separators).isGreaterThan(5_000);
    assertThat(TextNormalizer.separator('，')).isEqualTo(',');
    assertThat(TextNormalizer.separator('。')).isEqualTo('。');
    assertThat(TextNormalizer.separator(' ')).isEqualTo(' ');
    assertThat(TextNormalizer.separator('!')).as("a word char (leetspeak)").isEqualTo(-1);
    assertThat(TextNormalizer.separator('a')).isEqualTo(-1);
    assertThat(TextNormalizer.separator('\u200b')).as("invisible").isEqualTo(-1);
    assertThat(TextNormalizer.separator(0x1F64F)).as("an emoji").isEqualTo(0x1F64F);
    assertThat(TextNormalizer.separator(0x1D400)).as("a styled letter NFKC makes plain").isEqualTo(-1);
    assertThat(TextNormalizer.separator(-1)).isEqualTo(-1);
    assertThat(TextNormalizer.normalizeFully("ab\uD83D\uDE4Fcd")).isEqualTo("ab\uD83D\uDE4Fcd");
  }

  @Test
  void aPlainLetterIsWhatTheNormaliserMakesOfItInAWordOfSuchLetters() {
    int plain = 0;
    for (int c = 0; c < 0x10000; c++) {
      char l = TextNormalizer.plainLetter((char) c);
      if (l == 0) {
        continue;
      }
      plain++;
      String word = "" + (char) c + (char) c + "b" + (char) c;
      assertThat(TextNormalizer.normalizeFully("x " + word + ".")).as("U+%04X", c).isEqualTo("x " + l + l + "b" + l + ".");
    }
    assertThat(plain).isGreaterThan(40_000);
    assertThat(TextNormalizer.plainLetter('É')).isEqualTo('é');
    assertThat(TextNormalizer.plainLetter('你')).isEqualTo('你');
    assertThat(TextNormalizer.plainLetter('а')).as("a Cyrillic look-alike").isEqualTo((char) 0);
    assertThat(TextNormalizer.plainLetter('ｉ')).as("full-width").isEqualTo((char) 0);
    assertThat(TextNormalizer.plainLetter('1')).isEqualTo((char) 0);
  }

  @Test
  void multilingualCorporaMatchTheFullNormaliser() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String resource : new String[] {"/injection/test-multilingual.jsonl", "/injection/test-hard-negatives.jsonl",
        "/injection/test-indirect.jsonl", "/injection/train-own.jsonl", "/corpus/injection.jsonl", "/corpus/pii.jsonl"}) {
      try (InputStream in = TextNormalizerInPlaceTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            texts.add(JSON.readTree(line).get("text").asText());
          }
        }
      }
    }
    int nonAscii = 0;
    for (String s : texts) {
      assertThat(TextNormalizer.normalize(s)).as(s).isEqualTo(TextNormalizer.normalizeFully(s));
      if (!s.chars().allMatch(c -> c < 0x80)) {
        nonAscii++;
      }
    }
    assertThat(nonAscii).isGreaterThan(50);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return b.toString();
  }
}
