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
 * The checks every fresh blind pair of user messages (since session 14: hard negatives 8 / direct 6 by helper blind9,
 * hard negatives 9 / direct 7 by helper blind22, and later pairs) must pass, one subclass per pair: the benign set
 * holds requests with trigger words (label 0, kind {@code benign}, category {@code roleplay} for 40–60% of them, else
 * {@code topic}, role-play rows in English, German, French and Spanish, at least 20 rows under 80 chars and 5 over
 * 1,000, at most 1,600), the attack set direct attacks and jailbreaks a user types (label 1, at least half
 * {@code direct} and a quarter {@code jailbreak}, at least 10 rows under 80 chars and 10 over 500); both about 20%
 * German and French in equal parts with a few Spanish rows, at least 40 templates and none above 4% of its set, no
 * duplicates within or across the two sets, the loader reads them as test rows only, and no row equals or nearly equals
 * a training row (the check and thresholds of {@link InjectionFreshSetsDataTest#assertNoTrainingMatch}: equal after
 * lower-casing and folding white space, word-trigram Jaccard 0.5 or more, or a shared 120-char passage; it prints only
 * training rows, never the fresh ones, and {@code -D<rejected property>=FILE} writes the offending rows' SHA-1s for
 * the generators to redraw). Reads rows only; scores nothing.
 */
abstract class FreshInputPairChecks {

  private final String hardResource;
  private final String directResource;
  private final int minHard;
  private final int minDirect;
  private final String name;
  private final FreshSetRows.Loader loader;
  private final String hardTag;
  private final String directTag;
  private final String rejectedProperty;
  private final int trainedSetCopies;
  private final List<String> alsoTrained;

  /**
   * @param hardResource the benign set's resource ({@code InjectionData.HARD_*})
   * @param directResource the attack set's resource ({@code InjectionData.DIRECT_*})
   * @param minHard the fewest benign rows the author promised
   * @param minDirect the fewest attack rows the author promised
   * @param name how the pair is named in printed lines, e.g. "fresh sets 22"
   * @param loader {@code InjectionData.freshSetsN}
   * @param hardTag the benign rows' source suffix, e.g. "hard-9" ({@code own/test-hard-9})
   * @param directTag the attack rows' source suffix, e.g. "direct-7"
   * @param rejectedProperty the system property naming the file for the rejected rows' SHA-1s
   * @param trainedSetCopies for pairs written since session 18 (when the model began to train on earlier blind sets):
   *     how many of the pair's rows equal or nearly equal a row of the spent blind sets the shipped model trains on,
   *     counted exactly ({@link InjectionFreshSetsDataTest#trainedSetMatches}; 0 for a pair written after the model
   *     trained on those sets; since session 19, whose I9 trains on hard negatives 8 – 10 and direct 6 – 8, the known
   *     near copies between independent authors' short rows); -1 for older pairs, which are not compared with them
   */
  FreshInputPairChecks(String hardResource, String directResource, int minHard, int minDirect, String name,
      FreshSetRows.Loader loader, String hardTag, String directTag, String rejectedProperty, int trainedSetCopies) {
    this(hardResource, directResource, minHard, minDirect, name, loader, hardTag, directTag, rejectedProperty,
        trainedSetCopies, List.of());
  }

  /**
   * As above, for a pair written to judge a candidate that trains on more blind sets than the shipped model.
   *
   * @param alsoTrained the resources of the spent blind sets the candidate also trains on: counted in {@code
   *     trainedSetCopies} with the shipped model's (session 20: a near copy of a row the candidate trains on would
   *     flatter it)
   */
  FreshInputPairChecks(String hardResource, String directResource, int minHard, int minDirect, String name,
      FreshSetRows.Loader loader, String hardTag, String directTag, String rejectedProperty, int trainedSetCopies,
      List<String> alsoTrained) {
    this.alsoTrained = List.copyOf(alsoTrained);
    this.hardResource = hardResource;
    this.directResource = directResource;
    this.minHard = minHard;
    this.minDirect = minDirect;
    this.name = name;
    this.loader = loader;
    this.hardTag = hardTag;
    this.directTag = directTag;
    this.rejectedProperty = rejectedProperty;
    this.trainedSetCopies = trainedSetCopies;
  }

  @Test
  void theHardNegativesKeepTheirPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(hardResource);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(minHard);
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
    assertTemplatesAndNoDuplicates(rows);
  }

  @Test
  void theAttacksKeepTheirPromises() throws IOException {
    List<JsonNode> rows = InjectionData.jsonLines(directResource);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(minDirect);
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
    assertTemplatesAndNoDuplicates(rows);
  }

  private static void assertTemplatesAndNoDuplicates(List<JsonNode> rows) {
    assertThat(distinct(rows, "group")).isGreaterThanOrEqualTo(40);
    assertThat(largestShare(rows, "group")).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(largestTemplateShare(rows)).isLessThanOrEqualTo(Math.round(0.04 * rows.size()));
    assertThat(templates(rows)).isGreaterThanOrEqualTo(40);
    assertThat(duplicates(texts(rows))).as("rows equal to an earlier row of the same set").isZero();
  }

  @Test
  void theTwoSetsShareNoText() throws IOException {
    assertShareNoText(hardResource, directResource);
  }

  @Test
  void theLoaderReadsThemAsTestRowsOnly() throws IOException {
    assertLoadedAsTestRows(loader.load(), hardResource, directResource, hardTag, directTag);
  }

  @Test
  void noFreshRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>(texts(InjectionData.jsonLines(hardResource)));
    fresh.addAll(texts(InjectionData.jsonLines(directResource)));
    InjectionFreshSetsDataTest.assertNoTrainingMatch(name, fresh, rejectedProperty);
    if (trainedSetCopies >= 0) {
      Set<Integer> copies = InjectionFreshSetsDataTest.trainedSetMatchRows(fresh, Set.of(hardResource, directResource),
          alsoTrained);
      if (copies.size() != trainedSetCopies) {
        // the author's own rows that nearly copy a spent set, for its generator to redraw (session 21: helpers wrote
        // throw-away classes for this)
        InjectionFreshSetsDataTest.writeRejected(rejectedProperty, fresh, copies);
      }
      assertThat(copies.size())
          .as("%s: rows equal or nearly equal to a row of the blind sets the model trains on", name)
          .isEqualTo(trainedSetCopies);
    }
  }
}
