package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 14's fresh blind document set ({@link InjectionData#INDIRECT_6}, written by helper blind10 without reading
 * any earlier set or training set) keeps its promises: at least 350 planted documents (label 1, kind {@code indirect})
 * and 350 clean ones (label 0, kind {@code indirect-clean}), 200 to 4,000 chars, planted rows at all five positions
 * (start, middle, end, inside a field, inside a comment) in fair shares, at least 20 carriers and 40 templates
 * ({@code group} is {@code <carrier>/<template>}), each carrier and each template with as many clean rows as planted
 * rows, no template above 4% of the set, English with a few German and French rows, no duplicates, the loader reads
 * the rows as test rows only, and no row equals or nearly equals a training row ({@link
 * InjectionFreshSetsDataTest#assertNoTrainingMatch}, which prints only training rows). Reads rows only; scores nothing.
 */
class InjectionFreshSets10DataTest {

  private static final Set<String> POSITIONS = Set.of("start", "middle", "end", "field", "comment");

  private static List<JsonNode> rows() throws IOException {
    return InjectionData.jsonLines(InjectionData.INDIRECT_6);
  }

  private static Map<String, int[]> byField(List<JsonNode> rows, String field) {
    Map<String, int[]> out = new HashMap<>();
    for (JsonNode n : rows) {
      out.computeIfAbsent(n.get(field).asText(), k -> new int[2])[n.get("label").asInt()]++;
    }
    return out;
  }

  @Test
  void sizesLabelsKindsAndLengths() throws IOException {
    List<JsonNode> rows = rows();
    long planted = rows.stream().filter(n -> n.get("label").asInt() == 1).count();
    assertThat(planted).isGreaterThanOrEqualTo(350);
    assertThat(rows.size() - planted).isGreaterThanOrEqualTo(350);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isIn(0, 1);
      assertThat(n.get("kind").asText()).isEqualTo(n.get("label").asInt() == 1 ? "indirect" : "indirect-clean");
      assertThat(n.get("text").asText().length()).isBetween(InjectionModel.DOCUMENT_MIN_CHARS, 4000);
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr");
      assertThat(n.get("group").asText()).isEqualTo(n.get("carrier").asText() + "/" + n.get("template").asText());
    });
    // long documents too, not only short ones
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() > 1500).count()).isGreaterThanOrEqualTo(20);
    long foreign = rows.stream().filter(n -> !n.get("lang").asText().equals("en")).count();
    assertThat(foreign).isBetween(20L, Math.round(0.12 * rows.size()));
    for (String lang : new String[] {"de", "fr"}) {
      int[] counts = byField(rows, "lang").get(lang);
      assertThat(counts).as("planted and clean rows in " + lang).isNotNull();
      assertThat(counts[0]).isEqualTo(counts[1]);
    }
  }

  @Test
  void plantedRowsUseEveryPositionInFairShares() throws IOException {
    List<JsonNode> rows = rows();
    Map<String, Integer> positions = new HashMap<>();
    for (JsonNode n : rows) {
      if (n.get("label").asInt() == 1) {
        positions.merge(n.get("position").asText(), 1, Integer::sum);
        assertThat(n.get("framing").asText()).isNotBlank();
        assertThat(n.get("goal").asText()).isNotBlank();
      } else {
        assertThat(n.get("position").asText()).isEqualTo("none");
      }
    }
    assertThat(positions.keySet()).isEqualTo(POSITIONS);
    long planted = positions.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(positions.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo((int) (0.15 * planted)));
    // many goals and framings, including unaddressed ones
    Set<String> goals = new HashSet<>();
    Set<String> framings = new HashSet<>();
    rows.stream().filter(n -> n.get("label").asInt() == 1).forEach(n -> {
      goals.add(n.get("goal").asText());
      framings.add(n.get("framing").asText());
    });
    assertThat(goals).hasSizeGreaterThanOrEqualTo(10);
    assertThat(framings).contains("bare", "addressed", "note", "tool", "user", "system");
  }

  @Test
  void carriersAndTemplatesAreBalancedAndNoneDominates() throws IOException {
    List<JsonNode> rows = rows();
    Map<String, int[]> carriers = byField(rows, "carrier");
    Map<String, int[]> groups = byField(rows, "group");
    assertThat(carriers).hasSizeGreaterThanOrEqualTo(20);
    assertThat(groups).hasSizeGreaterThanOrEqualTo(40);
    // the same carriers in the same proportions in both labels
    assertThat(carriers.values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
    assertThat(groups.values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1]));
    assertThat(groups.values()).allSatisfy(c -> assertThat(c[0] + c[1]).isLessThanOrEqualTo((int) (0.04 * rows.size())));
    assertThat(carriers.values()).allSatisfy(c -> assertThat(c[0] + c[1]).isLessThanOrEqualTo((int) (0.08 * rows.size())));
  }

  @Test
  void noDuplicates() throws IOException {
    FreshSetRows.noDuplicates(rows());
  }

  @Test
  void theLoaderReadsItAsTestRowsOnly() throws IOException {
    List<InjectionData.Row> loaded = InjectionData.freshSets10();
    List<JsonNode> rows = rows();
    assertThat(loaded).hasSize(rows.size());
    assertThat(loaded).allSatisfy(r -> {
      assertThat(r.test()).isTrue();
      assertThat(r.source()).matches("own/test-indirect-6:[a-z-]+/[a-z0-9-]+");
      assertThat(r.kind()).isEqualTo(r.label() == 1 ? "indirect" : "indirect-clean");
    });
    assertThat(loaded.stream().filter(r -> r.lang().equals("de")).count())
        .isEqualTo(rows.stream().filter(n -> n.get("lang").asText().equals("de")).count());
  }

  @Test
  void noRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>();
    rows().forEach(n -> fresh.add(n.get("text").asText()));
    InjectionFreshSetsDataTest.assertNoTrainingMatch("fresh set 10 (indirect 6)", fresh, "fresh10.rejected");
  }
}
