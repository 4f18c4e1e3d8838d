package dev.agentruntime.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.guardrails.injection.PromptInjectionDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prompt-injection detection on deepset/prompt-injections (546 labelled texts, English and German). */
class DeepsetInjectionEvalTest {

  @Test
  void truePositiveAndFalsePositiveRatesPerLanguage() throws Exception {
    Path file = EvalData.file("prompt-injection-deepset/train-00000-of-00001-9564e8b05b4757ab.jsonl");
    ObjectMapper json = new ObjectMapper();
    PromptInjectionDetector detector = PromptInjectionDetector.create();
    int[][] en = new int[2][2]; // [label][predicted]
    int[][] de = new int[2][2];
    boolean verbose = Boolean.getBoolean("agentruntime.verbose");
    List<String> lines = Files.readAllLines(file);
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(line);
      String text = row.get("text").asText();
      int label = row.get("label").asInt();
      boolean german = EvalData.isGerman(text);
      var verdict = detector.score(text);
      int predicted = verdict.isInjection(detector.threshold()) ? 1 : 0;
      (german ? de : en)[label][predicted]++;
      if (verbose && label != predicted) {
        System.out.printf("MISS lang=%s label=%d score=%.2f %s | %s%n", german ? "de" : "en", label,
            verdict.score(), verdict.families(), text.replace('\n', ' ').substring(0, Math.min(160, text.length())));
      }
    }
    double enTpr = rate(en[1][1], en[1][0]);
    double enFpr = rate(en[0][1], en[0][0]);
    double deTpr = rate(de[1][1], de[1][0]);
    double deFpr = rate(de[0][1], de[0][0]);
    System.out.printf("deepset injections: English TPR %.3f (%d/%d) FPR %.3f (%d/%d); German TPR %.3f (%d/%d) FPR %.3f (%d/%d)%n",
        enTpr, en[1][1], en[1][1] + en[1][0], enFpr, en[0][1], en[0][1] + en[0][0],
        deTpr, de[1][1], de[1][1] + de[1][0], deFpr, de[0][1], de[0][1] + de[0][0]);
    assertThat(enFpr).as("English false-positive rate").isLessThanOrEqualTo(0.05);
    assertThat(enTpr).as("English true-positive rate").isGreaterThanOrEqualTo(0.8);
  }

  private static double rate(int hit, int miss) {
    return hit + miss == 0 ? 0 : (double) hit / (hit + miss);
  }
}
