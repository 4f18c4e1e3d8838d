package dev.agentruntime.guardrails.injection;

import static dev.agentruntime.guardrails.injection.FreshSetRows.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 12's fresh blind sets ({@link InjectionData#HARD_4}, {@link InjectionData#DIRECT_2},
 * {@link InjectionData#INDIRECT_5}, written by helper blind5) keep their promises: sizes, labels, languages,
 * lengths, no template or carrier above 5% of its set, and no row equals or nearly equals a training row
 * (the same check and thresholds as {@link InjectionFreshSetsDataTest}: equal after lower-casing and folding
 * white space, word-trigram Jaccard 0.5 or more, or a shared 120-char passage, against every training row including
 * each {@code train-*.jsonl}: {@link InjectionFreshSetsDataTest#assertNoTrainingMatch}, which shows only the training
 * rows on failure). Reads rows only; scores nothing.
 */
class InjectionFreshSets5DataTest {

  @Test
  void hardNegativesFourKeepTheirPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.HARD_4);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(450);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isZero();
      assertThat(n.get("kind").asText()).isEqualTo("benign");
      assertThat(n.get("text").asText().length()).isBetween(1, 1600);
    });
    assertThat(count(rows, "category", "roleplay")).isGreaterThanOrEqualTo(Math.round(0.4 * rows.size()));
    long germanFrench = count(rows, "lang", "de", "fr");
    assertThat(germanFrench).isBetween(Math.round(0.08 * rows.size()), Math.round(0.15 * rows.size()));
    assertThat(rows.stream().mapToInt(n -> n.get("text").asText().length()).max().orElse(0)).isGreaterThan(1000);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.05 * rows.size()));
    noDuplicates(rows);
  }

  @Test
  void directTwoKeepsItsPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.DIRECT_2);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(350);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isOne();
      assertThat(n.get("kind").asText()).isIn("direct", "jailbreak");
    });
    long other = count(rows, "lang", "de", "fr", "es");
    assertThat(other).isBetween(Math.round(0.10 * rows.size()), Math.round(0.20 * rows.size()));
    assertThat(count(rows, "lang", "de")).isPositive();
    assertThat(count(rows, "lang", "fr")).isPositive();
    assertThat(count(rows, "lang", "es")).isPositive();
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.05 * rows.size()));
    noDuplicates(rows);
  }

  @Test
  void indirectFiveKeepsItsPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.INDIRECT_5);
    long attacks = rows.stream().filter(n -> n.get("label").asInt() == 1).count();
    assertThat(attacks).isGreaterThanOrEqualTo(300);
    assertThat(rows.size() - attacks).isGreaterThanOrEqualTo(300);
    Set<String> positions = new HashSet<>();
    for (JsonNode n : rows) {
      assertThat(n.get("text").asText().length()).isBetween(InjectionModel.DOCUMENT_MIN_CHARS, 4000);
      assertThat(n.get("kind").asText()).isEqualTo(n.get("label").asInt() == 1 ? "indirect" : "indirect-clean");
      if (n.get("label").asInt() == 1) {
        positions.add(n.get("position").asText());
      } else {
        assertThat(n.get("position").asText()).isEqualTo("none");
      }
    }
    assertThat(positions).containsExactlyInAnyOrder("start", "middle", "end", "field", "comment");
    assertThat(rows.stream().map(n -> n.get("group").asText()).distinct().count()).isGreaterThanOrEqualTo(20);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.05 * rows.size()));
    noDuplicates(rows);
  }

  @Test
  void theLoaderReadsThemAsTestRowsOnly() throws IOException {
    List<InjectionData.Row> rows = InjectionData.freshSets5();
    assertThat(rows).hasSize(InjectionData.jsonLines(InjectionData.HARD_4).size()
        + InjectionData.jsonLines(InjectionData.DIRECT_2).size() + InjectionData.jsonLines(InjectionData.INDIRECT_5).size());
    assertThat(rows).allSatisfy(r -> assertThat(r.test()).isTrue());
    assertThat(rows).allSatisfy(r -> assertThat(r.source()).matches("own/test-(hard-4|direct-2|indirect-5):.+"));
  }

  @Test
  void noFreshRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>();
    for (String resource : new String[] {InjectionData.HARD_4, InjectionData.DIRECT_2, InjectionData.INDIRECT_5}) {
      fresh.addAll(texts(InjectionData.jsonLines(resource)));
    }
    InjectionFreshSetsDataTest.assertNoTrainingMatch("fresh sets 5", fresh, "fresh5.rejected");
  }
}
