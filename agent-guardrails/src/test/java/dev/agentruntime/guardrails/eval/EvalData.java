package dev.agentruntime.guardrails.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the third-party evaluation data (skips the test when it is absent). */
final class EvalData {
  private EvalData() {}

  static Path file(String relative) {
    String root = System.getProperty("agentruntime.evaldata");
    assumeTrue(root != null && !root.isBlank(),
        "system property agentruntime.evaldata is not set: skipping the third-party evaluation");
    Path p = Paths.get(root).resolve(relative);
    assumeTrue(Files.isRegularFile(p), "evaluation data not found at " + p + ": skipping");
    return p;
  }

  /** Very small language guess for the deepset set: German or English by stop words. */
  static boolean isGerman(String text) {
    String t = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    int de = 0;
    int en = 0;
    for (String w : new String[] {"der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wie", "was", "mit",
        "für", "ein", "eine", "zu", "auf", "du", "dich", "welche", "gibt", "sind", "es", "den", "dem", "bitte",
        "vergiss", "alle", "alles", "werden", "kann", "ich", "mir", "wir", "auch"}) {
      de += count(t, " " + w + " ");
    }
    for (String w : new String[] {"the", "and", "is", "are", "what", "how", "you", "to", "of", "in", "for", "i",
        "a", "do", "can", "my", "me", "your", "that", "this", "which", "with", "it", "be", "there", "all"}) {
      en += count(t, " " + w + " ");
    }
    if (de == en) {
      return t.matches(".*[äöüß].*");
    }
    return de > en;
  }

  private static int count(String t, String w) {
    int c = 0;
    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
      c++;
    }
    return c;
  }
}
