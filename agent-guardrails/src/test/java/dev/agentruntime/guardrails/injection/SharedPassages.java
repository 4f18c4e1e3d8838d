package dev.agentruntime.guardrails.injection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a held-out text shares a passage of {@link #CHARS} characters (lower-cased, white space folded, as
 * {@code InjectionPlantedDataTest}'s 40-char check) with any training text: the corpus's training rows and every
 * {@code train-*.jsonl}, and the spent test sets the shipped model trains on ({@link InjectionModelTrainer#trainedTestSets()}).
 * The held-out evaluation prints each fresh set's figures once more on its rows that share none
 * ("novel"), since independent authors who are instances of one model write the same common phrases (an attack's
 * "ignore all previous instructions and …", a log header) — phrases the 120-char and word-Jaccard checks of the
 * fresh-set data tests let through. Training windows are kept as 64-bit hashes, sorted, so the index stays small.
 */
final class SharedPassages {

  static final int CHARS = 40;

  private final long[] hashes;

  private SharedPassages(long[] hashes) {
    this.hashes = hashes;
  }

  /** @return the index of every training text's windows of {@link #CHARS} chars, at every half-window offset */
  static SharedPassages ofTraining() throws IOException {
    List<String> texts = new ArrayList<>(InjectionFreshSetsDataTest.trainingTexts());
    for (String resource : InjectionFreshSetsDataTest.trainingFiles()) {
      InjectionData.jsonLines(resource).forEach(n -> texts.add(n.get("text").asText()));
    }
    for (String resource : InjectionModelTrainer.trainedTestSets()) {
      InjectionData.jsonLines(resource).forEach(n -> texts.add(n.get("text").asText()));
    }
    long[] h = new long[1024];
    int n = 0;
    for (String t : texts) {
      String s = norm(t);
      for (int i = 0; i < Math.max(1, s.length() - CHARS + 1); i += CHARS / 2) {
        if (n == h.length) {
          h = Arrays.copyOf(h, n * 2);
        }
        h[n++] = hash(s, i, Math.min(s.length(), i + CHARS));
      }
    }
    long[] sorted = Arrays.copyOf(h, n);
    Arrays.sort(sorted);
    return new SharedPassages(sorted);
  }

  /**
   * @return whether {@code text} holds, at any offset, a window some training text has at a half-window offset (every
   *     passage of {@code 2 × CHARS - 1} chars a training text holds is found, and most shorter ones)
   */
  boolean shares(String text) {
    String s = norm(text);
    for (int i = 0; i + CHARS <= s.length(); i++) {
      if (Arrays.binarySearch(hashes, hash(s, i, i + CHARS)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String t) {
    return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** FNV-1a over the chars, 64 bits */
  private static long hash(String s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
