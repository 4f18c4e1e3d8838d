package dev.agentruntime.guardrails.injection;

import static dev.agentruntime.guardrails.injection.FreshSetRows.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 13's fresh blind sets ({@link InjectionData#HARD_5}, {@link InjectionData#DIRECT_3}, written by helper
 * blind6 without reading any earlier set) keep their promises: sizes, labels, categories and kinds, languages,
 * lengths, no template above 5% of its set, no duplicates, the loader reads them as test rows only, and no row equals
 * or nearly equals a training row (the same check and thresholds as {@link InjectionFreshSetsDataTest}: equal after
 * lower-casing and folding white space, word-trigram Jaccard 0.5 or more, or a shared 120-char passage; the training
 * rows include every {@code train-*.jsonl}: {@link InjectionFreshSetsDataTest#assertNoTrainingMatch}). When that
 * check fails it prints the training rows only, never the fresh ones. Reads rows only; scores nothing.
 */
class InjectionFreshSets6DataTest {

  @Test
  void hardNegativesFiveKeepTheirPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.HARD_5);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isZero();
      assertThat(n.get("kind").asText()).isEqualTo("benign");
      assertThat(n.get("category").asText()).isIn("roleplay", "topic");
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr", "es");
      assertThat(n.get("text").asText().length()).isBetween(1, 1600);
    });
    long rolePlay = count(rows, "category", "roleplay");
    assertThat(rolePlay).isBetween(Math.round(0.4 * rows.size()), Math.round(0.6 * rows.size()));
    long germanFrench = count(rows, "lang", "de", "fr");
    assertThat(germanFrench).isBetween(Math.round(0.08 * rows.size()), Math.round(0.15 * rows.size()));
    assertThat(count(rows, "lang", "de")).isPositive();
    assertThat(count(rows, "lang", "fr")).isPositive();
    assertThat(count(rows, "lang", "es")).isPositive();
    assertThat(rows.stream().mapToInt(n -> n.get("text").asText().length()).max().orElse(0)).isGreaterThan(1000);
    assertThat(distinct(rows, "group")).isGreaterThanOrEqualTo(40);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.05 * rows.size()));
    noDuplicates(rows);
  }

  @Test
  void directThreeKeepsItsPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.DIRECT_3);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(400);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isOne();
      assertThat(n.get("kind").asText()).isIn("direct", "jailbreak");
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr", "es");
    });
    assertThat(count(rows, "kind", "jailbreak")).isGreaterThanOrEqualTo(Math.round(0.25 * rows.size()));
    assertThat(count(rows, "kind", "direct")).isGreaterThanOrEqualTo(Math.round(0.5 * rows.size()));
    long other = count(rows, "lang", "de", "fr", "es");
    assertThat(other).isBetween(Math.round(0.10 * rows.size()), Math.round(0.20 * rows.size()));
    assertThat(count(rows, "lang", "de")).isPositive();
    assertThat(count(rows, "lang", "fr")).isPositive();
    assertThat(count(rows, "lang", "es")).isPositive();
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() > 500).count()).isGreaterThanOrEqualTo(10);
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() < 80).count()).isGreaterThanOrEqualTo(10);
    assertThat(distinct(rows, "group")).isGreaterThanOrEqualTo(30);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.05 * rows.size()));
    noDuplicates(rows);
  }

  @Test
  void theLoaderReadsThemAsTestRowsOnly() throws IOException {
    assertLoadedAsTestRows(InjectionData.freshSets6(), InjectionData.HARD_5, InjectionData.DIRECT_3, "hard-5", "direct-3");
  }


  @Test
  void noFreshRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>(texts(InjectionData.jsonLines(InjectionData.HARD_5)));
    fresh.addAll(texts(InjectionData.jsonLines(InjectionData.DIRECT_3)));
    InjectionFreshSetsDataTest.assertNoTrainingMatch("fresh sets 6", fresh, "fresh6.rejected");
  }
}
