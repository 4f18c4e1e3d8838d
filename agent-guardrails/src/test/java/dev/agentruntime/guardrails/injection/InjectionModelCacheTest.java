package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The scorer keeps each word's own weight in a cache shared by threads; its windows must be exactly
 * those of the plain sum over every feature of every token ({@link InjectionFeatures#next()}, what
 * the trainer reads), whatever the text and however many threads score at once.
 */
class InjectionModelCacheTest {
  private final InjectionModel model = InjectionModel.Shipped.MODEL;

  /** The plain scorer: every feature of every token summed, the same windows. */
  private InjectionModel.Window reference(String text) {
    InjectionFeatures f = new InjectionFeatures(text);
    List<Integer> sums = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    while (f.next()) {
      int s = 0;
      for (int i = 0; i < f.count; i++) {
        s += model.weights[f.features[i]];
      }
      sums.add(s);
      starts.add(f.start);
    }
    int n = sums.size();
    if (n == 0) {
      return new InjectionModel.Window(Double.NEGATIVE_INFINITY, 0, 0);
    }
    int size = model.window;
    if (n < size) {
      long sum = 0;
      for (int s : sums) {
        sum += s;
      }
      return new InjectionModel.Window(model.logit(sum, n), 0, text.length());
    }
    long best = Long.MIN_VALUE;
    int bestFirst = 0;
    long sum = 0;
    for (int t = 0; t < n; t++) {
      sum += sums.get(t);
      if (t >= size) {
        sum -= sums.get(t - size);
      }
      int count = t + 1;
      if (count >= size && ((count - size) % model.stride == 0 || count == n) && sum > best) {
        best = sum;
        bestFirst = count - size;
      }
    }
    return new InjectionModel.Window(model.logit(best, size), starts.get(bestFirst), -1);
  }

  private static List<String> texts() {
    Random r = new Random(11);
    String[] words = {"ignore", "previous", "instructions", "Ignorez", "les", "consignes", "précédentes",
        "vergiss", "alles", "系统", "提示", "😀", "###", "<|im_start|>", "system", "the", "order", "refund",
        "ÄÖÜ", "straße", "İstanbul", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x", "42", "e-mail", "\u200b",
        "DAN", "jailbreak", "please", "summarise", "folder"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(i % 10 == 0 ? 400 : 40);
      for (int k = 0; k < n; k++) {
        b.append(words[r.nextInt(words.length)]).append(r.nextInt(6) == 0 ? ". " : " ");
      }
      out.add(b.toString());
    }
    // random words: far more distinct words than the cache has slots, so entries are replaced
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 200; k++) {
        for (int c = 1 + r.nextInt(12); c > 0; c--) {
          b.append((char) (r.nextInt(5) == 0 ? 0xC0 + r.nextInt(0x17F - 0xC0) : 'a' + r.nextInt(26)));
        }
        b.append(' ');
      }
      out.add(b.toString());
    }
    return out;
  }

  private void assertSame(String text) {
    InjectionModel.Window expected = reference(text);
    InjectionModel.Window actual = model.strongest(text);
    assertThat(actual.logit()).as(text).isEqualTo(expected.logit());
    assertThat(actual.start()).as(text).isEqualTo(expected.start());
  }

  @Test
  void cachedScoringEqualsThePlainSumOfEveryFeature() {
    for (String t : texts()) {
      assertSame(t);
    }
  }

  @Test
  void threadsSharingTheCacheGetTheSameWindows() throws Exception {
    List<String> texts = texts();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int th = 0; th < 4; th++) {
        int offset = th * 500;
        done.add(pool.submit(() -> {
          for (int i = 0; i < texts.size(); i++) {
            assertSame(texts.get((i + offset) % texts.size()));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
