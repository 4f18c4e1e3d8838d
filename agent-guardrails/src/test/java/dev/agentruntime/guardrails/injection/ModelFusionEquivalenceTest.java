package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Outside ASCII the rules' tokenizer also finds the model's tokens, in the same pass over each
 * chunk ({@link Tokens#tokenizeWithModel}, fed to {@link InjectionModel.Scan}). That pass must give
 * exactly what the two passes give: the rules' words as {@link Tokens#tokenize} splits them, the
 * model's tokens as {@link InjectionFeatures#nextToken} reads the raw text (kind, hash, span,
 * bigram, concepts and concept pair, word features), the same strongest window as {@link
 * InjectionModel#strongest} and the same verdict — on random and adversarial texts: letters of
 * every BMP class, supplementary chars, combining marks, U+0130, the Kelvin sign, CJK, emoji,
 * joiners, delimiter symbols, full-width and confusable letters, leetspeak; short texts and texts
 * of many rule chunks.
 */
class ModelFusionEquivalenceTest {

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

  /** the pieces the normaliser folds in the buffer (no ligature, combining mark, ...) */
  private static final String[] CLEAN = Arrays.stream(PIECES).filter(p -> {
    Tokens t = new Tokens(p.length());
    t.loadNormalized(p + " x", true);
    return t.rawKept;
  }).toArray(String[]::new);

  @Test
  void theFusedPassFindsTheWordsAndTheModelTokensOfTheTwoPasses() {
    Random r = new Random(17);
    int fused = 0;
    for (int k = 0; k < 30_000; k++) {
      String s = k % 3 == 0 ? randomChars(r, 1 + r.nextInt(200)) : pieces(r, 1 + r.nextInt(40), k % 3 == 1 ? CLEAN : PIECES);
      fused += tokensAgree(s) ? 1 : 0;
    }
    assertThat(fused).as("texts the fused pass read").isGreaterThan(10_000);
  }

  @Test
  void everyBmpCharInEveryPlaceGivesTheTwoPassesTokens() {
    for (int c = 0x80; c < 0x10000; c++) {
      String ch = String.valueOf((char) c);
      for (String s : new String[] {"é" + ch, ch + "é", "aé" + ch + "b", "é " + ch + " x.", "#é" + ch + "#", ch + ch + "ü"}) {
        tokensAgree(s);
      }
    }
  }

  @Test
  void theDetectorGivesTheTwoPassesScoreOnShortAndLongTexts() {
    PromptInjectionDetector d = PromptInjectionDetector.create();
    InjectionModel model = InjectionModel.Shipped.MODEL;
    InjectionRules rules = InjectionRules.create();
    Random r = new Random(29);
    int flagged = 0;
    for (int k = 0; k < 3_000; k++) {
      int words = k % 20 == 0 ? 2_000 + r.nextInt(3_000) : 1 + r.nextInt(k % 3 == 0 ? 400 : 40);
      String s = k % 7 == 0 ? randomChars(r, words * 4) : pieces(r, words, k % 2 == 0 ? CLEAN : PIECES);
      InjectionModel.Scan scan = model.scan(s);
      InjectionVerdict fusedRules = PromptInjectionDetector.ruleScore(rules, s, scan);
      InjectionVerdict plainRules = PromptInjectionDetector.ruleScore(rules, s);
      assertThat(fusedRules.toString()).as(s).isEqualTo(plainRules.toString());
      InjectionModel.Window w = scan.result();
      if (w != null) {
        assertThat(w).as(s).isEqualTo(model.strongest(s));
      }
      flagged += d.score(s).score() >= 0.5 ? 1 : 0;
    }
    assertThat(flagged).as("texts flagged").isGreaterThan(300);
  }

  /**
   * @return whether the fused pass ran on s (it runs when the normaliser kept the length); asserts
   *     that it agrees with the two passes
   */
  private static boolean tokensAgree(String s) {
    Tokens fused = new Tokens(s.length());
    fused.loadNormalized(s, true);
    if (!fused.rawKept) {
      return false;
    }
    fused.tokenizeWithModel();
    Tokens plain = new Tokens(s.length());
    plain.loadNormalized(s);
    plain.tokenize();
    String at = escape(s);
    assertThat(words(fused)).as(at).isEqualTo(words(plain));
    assertThat(fused.delimiter).as(at).isEqualTo(plain.delimiter);
    InjectionFeatures reference = new InjectionFeatures(s);
    int previousEnd = 0;
    for (int k = 0; k < fused.modelCount; k++) {
      String token = at + " token " + k;
      assertThat(reference.nextToken()).as(token).isTrue();
      int kind = fused.modelKind[k];
      assertThat(kind & 3).as(token).isEqualTo(reference.kind);
      assertThat(fused.modelHash[k]).as(token).isEqualTo(reference.hash);
      assertThat(fused.modelStart[k]).as(token).isEqualTo(reference.start);
      assertThat(fused.modelEnd[k]).as(token).isEqualTo(reference.end());
      assertThat(kind >= Tokens.MODEL_SENTENCE).as(token + " sentence").isEqualTo(boundaryIn(s, previousEnd, reference.start));
      previousEnd = reference.end();
    }
    assertThat(fused.modelSentenceAfter).as(at + " sentence after").isEqualTo(boundaryIn(s, previousEnd, s.length()));
    assertThat(reference.nextToken()).as(at + " has more tokens than the fused pass found").isFalse();
    return true;
  }

  /** @return whether a char the model reads as a sentence boundary lies in s[from, to) */
  private static boolean boundaryIn(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (InjectionFeatures.KINDS[s.charAt(i)] == InjectionFeatures.SEPARATOR_BOUNDARY) {
        return true;
      }
    }
    return false;
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
      b.append(sep == 0 ? ". " : sep == 1 ? "" : sep == 2 ? "\n" : sep == 3 ? "-" : " ");
    }
    return b.toString();
  }

  /** random chars: ASCII, Latin-1, any BMP char, CJK, surrogate pairs (paired and not), marks */
  private static String randomChars(Random r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      if (kind < 3) {
        b.append((char) (0x20 + r.nextInt(0x5f)));
      } else if (kind < 5) {
        b.append((char) (0xa0 + r.nextInt(0x200)));
      } else if (kind == 5) {
        b.append((char) r.nextInt(0x10000));
      } else if (kind == 6) {
        b.append((char) (0x4e00 + r.nextInt(0x5000)));
      } else if (kind == 7) {
        b.appendCodePoint(0x1F300 + r.nextInt(0x700));
      } else if (kind == 8) {
        String special = " .!?#<>|[]{}'_-\n\u0301\u0130\u212a";
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
