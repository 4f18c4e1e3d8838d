package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.guardrails.injection.InjectionVerdict;
import dev.agentruntime.guardrails.injection.PromptInjectionDetector;
import dev.agentruntime.guardrails.pii.PiiDetector;
import dev.agentruntime.guardrails.pii.PiiMatch;
import dev.agentruntime.guardrails.pii.PiiType;
import dev.agentruntime.guardrails.secrets.SecretDetector;
import dev.agentruntime.guardrails.secrets.SecretMatch;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the project's own labelled corpus (src/test/resources/corpus, generated
 * by generate.py and injection_corpus.py: synthetic Luhn/mod-97 numbers, random keys in real
 * formats, known injection phrasings, benign support chat with trigger words).
 */
class CorpusAccuracyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> load(String name) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CorpusAccuracyTest.class.getResourceAsStream("/corpus/" + name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }

  /** tp, fp, fn, tn. */
  private static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;
    final List<String> errors = new ArrayList<>();

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    void add(boolean label, boolean predicted, String text) {
      if (label && predicted) {
        tp++;
      } else if (!label && predicted) {
        fp++;
        errors.add("FP " + text);
      } else if (label) {
        fn++;
        errors.add("FN " + text);
      } else {
        tn++;
      }
    }

    @Override
    public String toString() {
      return String.format("precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", precision(), recall(), tp, fp, fn, tn);
    }
  }

  @Test
  void cardsIbansAndEmails() throws Exception {
    PiiDetector detector = PiiDetector.all();
    Map<String, Counts> byType = new LinkedHashMap<>();
    for (JsonNode row : load("pii.jsonl")) {
      String type = row.get("type").asText();
      PiiType want = PiiType.valueOf(type);
      String text = row.get("text").asText();
      String value = row.get("value").asText();
      boolean label = row.get("label").asInt() == 1;
      List<PiiMatch> found = detector.detect(text);
      boolean predicted = found.stream().anyMatch(m -> m.type() == want
          && (!label || m.value().equals(value)));
      byType.computeIfAbsent(type, k -> new Counts()).add(label, predicted, text + " " + found);
    }
    byType.forEach((k, c) -> System.out.println("corpus " + k + ": " + c));
    byType.forEach((k, c) -> {
      assertThat(c.recall()).as(k + " recall; errors: " + c.errors).isGreaterThanOrEqualTo(0.99);
      assertThat(c.precision()).as(k + " precision; errors: " + c.errors).isGreaterThanOrEqualTo(0.98);
    });
  }

  @Test
  void secrets() throws Exception {
    SecretDetector detector = SecretDetector.all();
    Counts c = new Counts();
    for (JsonNode row : load("secrets.jsonl")) {
      String text = row.get("text").asText();
      String value = row.get("value").asText();
      boolean label = row.get("label").asInt() == 1;
      List<SecretMatch> found = detector.detect(text);
      boolean predicted = label
          ? found.stream().anyMatch(m -> text.substring(m.start(), m.end()).contains(value.length() > 40 ? value.substring(0, 40) : value))
          : !found.isEmpty();
      c.add(label, predicted, text + " " + found);
    }
    System.out.println("corpus SECRETS: " + c);
    assertThat(c.recall()).as("secret recall; errors: " + c.errors).isGreaterThanOrEqualTo(0.99);
    assertThat(c.precision()).as("secret precision; errors: " + c.errors).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void injections() throws Exception {
    PromptInjectionDetector detector = PromptInjectionDetector.create();
    Counts c = new Counts();
    for (JsonNode row : load("injection.jsonl")) {
      String text = row.get("text").asText();
      boolean label = row.get("label").asInt() == 1;
      InjectionVerdict v = detector.score(text);
      c.add(label, v.isInjection(detector.threshold()), String.format("%.2f %s %s", v.score(), v.families(), text));
    }
    double fpr = (double) c.fp / (c.fp + c.tn);
    System.out.printf("corpus INJECTION: %s, false-positive rate on benign %.3f%n", c, fpr);
    // this corpus is part of the learned model's training data (InjectionData): an in-sample
    // regression check, not an accuracy figure (those are in InjectionHeldOutEvalTest)
    assertThat(c.recall()).as("injection recall; errors: " + c.errors).isGreaterThanOrEqualTo(0.9);
    assertThat(fpr).as("false-positive rate; errors: " + c.errors).isLessThanOrEqualTo(0.05);
  }
}
