package dev.agentruntime.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.guardrails.pii.PiiDetector;
import dev.agentruntime.guardrails.pii.PiiMatch;
import dev.agentruntime.guardrails.pii.PiiRedactor;
import dev.agentruntime.guardrails.pii.PiiType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PII detection and redaction on Presidio's 1,500 labelled synthetic sentences. */
class PresidioPiiEvalTest {
  private static final Map<String, Set<PiiType>> ENTITIES = new LinkedHashMap<>();

  static {
    ENTITIES.put("CREDIT_CARD", EnumSet.of(PiiType.CREDIT_CARD));
    ENTITIES.put("EMAIL_ADDRESS", EnumSet.of(PiiType.EMAIL));
    ENTITIES.put("IBAN_CODE", EnumSet.of(PiiType.IBAN));
    ENTITIES.put("IP_ADDRESS", EnumSet.of(PiiType.IPV4, PiiType.IPV6));
    ENTITIES.put("US_SSN", EnumSet.of(PiiType.US_SSN));
    ENTITIES.put("PHONE_NUMBER", EnumSet.of(PiiType.PHONE));
  }

  @Test
  void recallPerEntityNoHitsOnCleanSentencesAndNothingLeftAfterRedaction() throws Exception {
    Path file = EvalData.file("pii-presidio/synth_dataset_v2.json");
    JsonNode rows = new ObjectMapper().readTree(file.toFile());
    PiiDetector detector = PiiDetector.all();
    PiiRedactor redactor = PiiRedactor.builder().detector(detector).build();
    Map<String, int[]> counts = new LinkedHashMap<>();
    ENTITIES.keySet().forEach(k -> counts.put(k, new int[2]));
    int clean = 0;
    List<String> cleanHits = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    boolean verbose = Boolean.getBoolean("agentruntime.verbose");
    for (JsonNode row : rows) {
      String text = row.get("full_text").asText();
      JsonNode spans = row.get("spans");
      List<PiiMatch> found = detector.detect(text);
      if (spans.isEmpty()) {
        clean++;
        if (!found.isEmpty()) {
          cleanHits.add(text + " -> " + found);
        }
        continue;
      }
      String redacted = redactor.apply(text);
      for (JsonNode span : spans) {
        String entity = span.get("entity_type").asText();
        Set<PiiType> types = ENTITIES.get(entity);
        if (types == null) {
          continue;
        }
        int start = text.offsetByCodePoints(0, span.get("start_position").asInt());
        int end = text.offsetByCodePoints(0, span.get("end_position").asInt());
        String value = span.get("entity_value").asText();
        boolean hit = found.stream().anyMatch(m -> types.contains(m.type()) && m.start() <= start && m.end() >= end);
        int[] c = counts.get(entity);
        c[0]++;
        if (hit) {
          c[1]++;
        } else {
          misses.add(entity + " '" + value + "' in: " + text.replace('\n', ' '));
        }
        if (redacted.contains(value)) {
          leaks.add(entity + " '" + value + "'");
        }
      }
    }
    StringBuilder report = new StringBuilder("Presidio synth_dataset_v2 recall:");
    counts.forEach((k, c) -> report.append(String.format(" %s %.3f (%d/%d);", k, c[0] == 0 ? 0 : (double) c[1] / c[0], c[1], c[0])));
    report.append(String.format(" clean sentences with a hit: %d/%d; labelled values left after redaction: %d",
        cleanHits.size(), clean, leaks.size()));
    System.out.println(report);
    if (verbose) {
      misses.forEach(m -> System.out.println("MISS " + m));
      leaks.forEach(m -> System.out.println("LEAK " + m));
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      double recall = (double) e.getValue()[1] / e.getValue()[0];
      assertThat(recall).as("recall for " + e.getKey())
          .isGreaterThanOrEqualTo(e.getKey().equals("PHONE_NUMBER") ? 0.85 : 0.95);
    }
    assertThat(cleanHits).as("structured-PII hits on sentences without PII").isEmpty();
    assertThat(leaks).as("labelled values left after redaction").isEmpty();
  }
}
