package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The model's tokenizer reads one table per char ({@link InjectionFeatures#KINDS},
 * {@link InjectionFeatures#FOLD}) where it branched on ASCII and called the {@link Character}
 * methods; its tokens and every feature of every token must be exactly those of the code it
 * replaces ({@link InjectionFeaturesReference}): for every char of the BMP in context, on random
 * mixed-script text, on our own sets and on every row of the training corpus when it is present.
 * The weights are trained on these features, so one differing bucket changes scores.
 */
class InjectionFeaturesEquivalenceTest {

  private static final String[] PIECES = {
    "Ignoriere", "alle", "vorherigen", "Anweisungen", "Vergiss", "Ignorez", "précédentes", "RÉVÉLEZ", "système",
    "你好", "请忽略", "之前的", "指示", "，", "。", "！", "🙏", "😊", "❤️", "ignore", "previous", "instructions", "you",
    "are", "now", "DAN", "system:", "<|im_start|>", "[INST]", "###", "{{", "straße", "Größe", "İstanbul", "ΑΒΓ",
    "ÄÖÜ", "ѕystem", "1gn0r3", "h@ck", "day!", "48213", "١٢٣", "jane.doe@example.com", "—", "«", "»", "\u00a0",
    "ｓｙｓｔｅｍ", "①", "ﬁle", "ig\u200bnore", "cafe\u0301", "i g n o r e", "\n", "\r\n", "?", ";", "ｶﾀｶﾅ", "한국어",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x", "e-mail", "don't", "\uD800", "\uDFFF",
  };

  /** The kinds and folds the tables hold, said from the Character methods char by char. */
  @Test
  void tablesSayWhatTheBranchesSaid() {
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      boolean asciiWord = c < 128 && Character.isLetterOrDigit(c);
      int kind = asciiWord ? 1
          : "#<>|[]{}".indexOf(c) >= 0 ? 2
          : c >= 128 && InjectionFeaturesReference.cjk(c) ? 3
          : c >= 128 && Character.isLetterOrDigit(c) ? 1
          : ".!?:;\n\r".indexOf(c) >= 0 ? InjectionFeatures.SEPARATOR_BOUNDARY : 0;
      assertThat(InjectionFeatures.KINDS[i]).as("kind of U+%04X", i).isEqualTo((byte) kind);
      assertThat(InjectionFeatures.FOLD[i]).as("fold of U+%04X", i)
          .isEqualTo(kind == 1 ? Character.toLowerCase(c) : (char) 0);
    }
  }

  /**
   * The model's tables are built from {@link CharKinds}' tables, which the rules' tokenizer may
   * initialise first; in a fresh class loader, whichever class starts, the tables come out whole
   * (a static initialiser of one calling into the other would let one read the other's tables half
   * filled).
   */
  @Test
  void tablesAreWholeWhicheverClassIsInitialisedFirst() throws Exception {
    URL classes = CharKinds.class.getProtectionDomain().getCodeSource().getLocation();
    String pkg = CharKinds.class.getPackageName() + ".";
    for (String first : new String[] {"CharKinds", "InjectionFeatures", "Tokens"}) {
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
        Class.forName(pkg + first, true, loader);
        Class<?> features = Class.forName(pkg + "InjectionFeatures", true, loader);
        assertThat(features.getClassLoader()).isSameAs(loader);
        assertThat((byte[]) field(features, "KINDS")).as("KINDS, " + first + " first")
            .isEqualTo(InjectionFeatures.KINDS);
        assertThat((char[]) field(features, "FOLD")).as("FOLD, " + first + " first").isEqualTo(InjectionFeatures.FOLD);
        Class<?> kinds = Class.forName(pkg + "CharKinds", true, loader);
        assertThat((byte[]) field(kinds, "KIND")).as("CharKinds.KIND, " + first + " first").isEqualTo(CharKinds.KIND);
      }
    }
  }

  private static Object field(Class<?> type, String name) throws ReflectiveOperationException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(null);
  }

  @Test
  void everyCharOfTheBmpInContextGivesTheSameFeatures() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1 << 16; i++) {
      char c = (char) i;
      // the char inside a word, starting one, ending one, alone, next to CJK, symbols and boundaries
      b.append("Wx").append(c).append("yZ ").append(c).append("ab. ").append(c).append(c).append("中")
          .append(c).append("#").append(c).append(" É").append(c).append('\n');
      if (b.length() > 4_000) {
        assertSameFeatures(b.toString());
        b.setLength(0);
      }
    }
    assertSameFeatures(b.toString());
  }

  @Test
  void randomMixedScriptTextGivesTheSameFeatures() {
    Random r = new Random(9);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + r.nextInt(k % 50 == 0 ? 600 : 30);
      for (int q = 0; q < words; q++) {
        b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(8) == 0 ? ". " : r.nextInt(9) == 0 ? "" : " ");
      }
      assertSameFeatures(b.toString());
    }
    for (int k = 0; k < 2_000; k++) { // random chars of the whole BMP
      char[] cs = new char[1 + r.nextInt(200)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = (char) (r.nextInt(3) == 0 ? r.nextInt(1 << 16) : r.nextInt(0x3000));
      }
      assertSameFeatures(new String(cs));
    }
  }

  @Test
  void ourOwnSetsGiveTheSameFeatures() throws IOException {
    List<String> texts = InjectionData.ownSetTexts();
    texts.forEach(InjectionFeaturesEquivalenceTest::assertSameFeatures);
    assertThat(texts).hasSizeGreaterThan(500);
  }

  @Test
  void theTrainingCorpusGivesTheSameFeatures() throws IOException {
    List<String> texts = InjectionData.corpusTexts();
    texts.forEach(InjectionFeaturesEquivalenceTest::assertSameFeatures);
    assertThat(texts).hasSizeGreaterThan(10_000);
  }

  private static void assertSameFeatures(String text) {
    InjectionFeatures f = new InjectionFeatures(text);
    InjectionFeaturesReference ref = new InjectionFeaturesReference(text);
    int token = 0;
    while (true) {
      boolean more = f.next();
      assertThat(more).as("token %d of %s", token, text).isEqualTo(ref.next());
      if (!more) {
        break;
      }
      String at = "token " + token + " of " + text;
      assertThat(f.start).as(at).isEqualTo(ref.start);
      assertThat(f.kind).as(at).isEqualTo(ref.kind);
      assertThat(f.hash).as(at).isEqualTo(ref.hash);
      assertThat(f.pair).as(at).isEqualTo(ref.pair);
      assertThat(Arrays.copyOf(f.features, f.count)).as(at).isEqualTo(Arrays.copyOf(ref.features, ref.count));
      token++;
    }
  }
}
