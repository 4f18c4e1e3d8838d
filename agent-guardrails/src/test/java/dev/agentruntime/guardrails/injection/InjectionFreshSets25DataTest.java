package dev.agentruntime.guardrails.injection;

import static dev.agentruntime.guardrails.injection.FreshSetRows.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fresh blind pair of user messages written by helper blind25 ({@link InjectionData#HARD_10},
 * {@link InjectionData#DIRECT_8}, without reading any earlier set, any training set or the detector) keeps its promises:
 * sizes, labels, categories and kinds, languages (about 20% German and French in equal parts, a few Spanish), lengths,
 * at least 40 templates per set and none above 4% of its set, role-play rows in every language of the benign set, no
 * duplicates within or across the two sets, the loader reads them as test rows only, and no row equals or nearly equals
 * a training row (the check and thresholds of {@link InjectionFreshSetsDataTest}: equal after lower-casing and folding
 * white space, word-trigram Jaccard 0.5 or more, or a shared 120-char passage). The training rows are the corpus's
 * training rows (when {@code ../shared/evaldata} is present), the own training sets that
 * {@link InjectionFreshSetsDataTest} lists, every {@code train-*.jsonl} in the resources folder, and the spent blind
 * sets the model trains on ({@link InjectionModelTrainer#trainedTestSets()}, except this pair). When that check fails it
 * prints the training rows only, never the fresh ones, and the system property {@code fresh25.rejected} can name a file
 * for the rejected rows' SHA-1s (the generators redraw those rows). Reads rows only; scores nothing.
 */
class InjectionFreshSets25DataTest {

  @Test
  void hardNegativesTenKeepTheirPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.HARD_10);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(520);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isZero();
      assertThat(n.get("kind").asText()).isEqualTo("benign");
      assertThat(n.get("category").asText()).isIn("roleplay", "topic");
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr", "es");
      assertThat(n.get("text").asText().length()).isBetween(1, 1600);
    });
    long rolePlay = count(rows, "category", "roleplay");
    assertThat(rolePlay).isBetween(Math.round(0.4 * rows.size()), Math.round(0.6 * rows.size()));
    aboutAFifthGermanAndFrench(rows);
    // role-play rows in every language, and some long set-ups with rules
    for (String lang : new String[] {"en", "de", "fr", "es"}) {
      assertThat(rows.stream().filter(n -> n.get("lang").asText().equals(lang)
          && n.get("category").asText().equals("roleplay")).count()).as("role-play rows in " + lang).isPositive();
    }
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() > 1000).count()).isGreaterThanOrEqualTo(5);
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() < 80).count()).isGreaterThanOrEqualTo(20);
    assertThat(distinct(rows, "group")).isGreaterThanOrEqualTo(40);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(largestTemplateShare(rows)).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(templates(rows)).isGreaterThanOrEqualTo(40);
    assertThat(duplicates(texts(rows))).as("rows equal to an earlier row of the same set").isZero();
  }

  @Test
  void directEightKeepsItsPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(InjectionData.DIRECT_8);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(460);
    assertThat(rows).allSatisfy(n -> {
      assertThat(n.get("label").asInt()).isOne();
      assertThat(n.get("kind").asText()).isIn("direct", "jailbreak");
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr", "es");
    });
    assertThat(count(rows, "kind", "jailbreak")).isGreaterThanOrEqualTo(Math.round(0.25 * rows.size()));
    assertThat(count(rows, "kind", "direct")).isGreaterThanOrEqualTo(Math.round(0.5 * rows.size()));
    aboutAFifthGermanAndFrench(rows);
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() > 500).count()).isGreaterThanOrEqualTo(10);
    assertThat(rows.stream().filter(n -> n.get("text").asText().length() < 80).count()).isGreaterThanOrEqualTo(10);
    assertThat(distinct(rows, "group")).isGreaterThanOrEqualTo(40);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(largestTemplateShare(rows)).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(templates(rows)).isGreaterThanOrEqualTo(40);
    assertThat(duplicates(texts(rows))).as("rows equal to an earlier row of the same set").isZero();
  }

  @Test
  void theTwoSetsShareNoText() throws IOException {
    assertShareNoText(InjectionData.HARD_10, InjectionData.DIRECT_8);
  }

  @Test
  void theLoaderReadsThemAsTestRowsOnly() throws IOException {
    assertLoadedAsTestRows(InjectionData.freshSets25(), InjectionData.HARD_10, InjectionData.DIRECT_8, "hard-10",
        "direct-8");
  }

  @Test
  void noFreshRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>(texts(InjectionData.jsonLines(InjectionData.HARD_10)));
    fresh.addAll(texts(InjectionData.jsonLines(InjectionData.DIRECT_8)));
    InjectionFreshSetsDataTest.assertNoTrainingMatch("fresh sets 25", fresh, "fresh25.rejected",
        Set.of(InjectionData.HARD_10, InjectionData.DIRECT_8));
  }
}
