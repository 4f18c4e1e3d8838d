package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a fresh blind document set (session 15's {@link InjectionData#INDIRECT_7} by helper blind11 and {@link
 * InjectionData#INDIRECT_8} by helper blind12, {@link InjectionData#INDIRECT_9} by helper blind13, {@link
 * InjectionData#INDIRECT_10} by helper blind14, {@link InjectionData#INDIRECT_11} by helper blind15, {@link
 * InjectionData#INDIRECT_12} by helper blind16, {@link InjectionData#INDIRECT_13} by helper blind17, {@link
 * InjectionData#INDIRECT_14} by helper blind18, {@link InjectionData#INDIRECT_15} by helper blind19, {@link
 * InjectionData#INDIRECT_16} by helper blind20, {@link InjectionData#INDIRECT_17} by helper blind21, {@link
 * InjectionData#INDIRECT_18} by helper blind23, {@link InjectionData#INDIRECT_19} by helper blind24 and {@link
 * InjectionData#INDIRECT_20} by helper blind26, {@link InjectionData#INDIRECT_21} by helper blind27, {@link
 * InjectionData#INDIRECT_22} by helper blind31, {@link InjectionData#INDIRECT_23} by helper blind32, {@link
 * InjectionData#INDIRECT_24} by helper blind37, {@link InjectionData#INDIRECT_25} by helper blind38, {@link
 * InjectionData#INDIRECT_26} by helper blind39, {@link InjectionData#INDIRECT_27} by helper blind40, {@link
 * InjectionData#INDIRECT_28} by helper blind41, {@link InjectionData#INDIRECT_29} by helper blind42, {@link
 * InjectionData#INDIRECT_30} by helper blind43, {@link InjectionData#INDIRECT_31} by helper blind44, {@link
 * InjectionData#INDIRECT_32} by helper blind45, {@link InjectionData#INDIRECT_33} by helper blind46, {@link
 * InjectionData#INDIRECT_34} by helper blind47, {@link InjectionData#INDIRECT_35} by helper blind48, {@link
 * InjectionData#INDIRECT_36} by helper blind49, {@link InjectionData#INDIRECT_37} by helper blind50, {@link
 * InjectionData#INDIRECT_38} by helper blind51, {@link InjectionData#INDIRECT_39} by helper blind52, each written
 * without reading any earlier set or training set)
 * promises, one subclass per set: at least 350 planted documents (label 1, kind {@code indirect}) and 350 clean ones
 * (label 0, kind {@code indirect-clean}), 200 to 4,000 chars, planted rows at all five positions (start, middle, end,
 * inside a field, inside a comment) in fair shares, goals and framings, at least 20 carriers and 40 templates
 * ({@code group} is {@code <carrier>/<template>}), each carrier and each template with as many clean rows as planted
 * rows, no template above 4% of the set, English with a few German and French rows, no duplicates, the loader reads
 * the rows as test rows only, no row equals or nearly equals a training row, the spent blind sets the model trains on
 * included ({@link InjectionFreshSetsDataTest#assertNoTrainingMatch}, which prints only training rows; {@code
 * -D<author>.rejected.near=FILE} writes the SHA-1s of the offending rows), and no row shares a 40-char passage with
 * any text of any {@code train-*.jsonl} (normalised as {@code InjectionPlantedDataTest.Index} does; with {@code
 * -D<author>.rejected=FILE} the SHA-1 of each offending row of the set is written to FILE, and only counts are
 * printed). Reads rows only; scores nothing.
 */
abstract class FreshIndirectSetChecks {

  /** the number N of a resource {@code test-indirect-N.jsonl} */
  private static final Pattern SET_NUMBER = Pattern.compile("test-indirect-(\\d+)\\.jsonl$");

  private final String resource;
  private final String name;
  private final String source;
  private final FreshSetRows.Loader loader;
  private final String author;
  private final Set<String> framings;

  /**
   * @param resource the set's resource ({@code InjectionData.INDIRECT_*})
   * @param name how the set is named in printed lines
   * @param source the loader's source of its rows ({@code own/test-indirect-N})
   * @param loader {@code InjectionData.freshSetsN}
   * @param author the helper that wrote it: the prefix of the {@code -D<author>.rejected} options
   * @param framings the framings its planted rows must use at least
   */
  FreshIndirectSetChecks(String resource, String name, String source, FreshSetRows.Loader loader, String author,
      Set<String> framings) {
    this.resource = resource;
    this.name = name;
    this.source = source;
    this.loader = loader;
    this.author = author;
    this.framings = framings;
  }


  private static final Set<String> POSITIONS = Set.of("start", "middle", "end", "field", "comment");
  private static final int PASSAGE = 40;

  private List<JsonNode> rows() throws IOException {
    return InjectionData.jsonLines(resource);
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
    // long documents too, planted and clean, not only short ones
    for (int label = 0; label <= 1; label++) {
      int l = label;
      assertThat(rows.stream().filter(n -> n.get("label").asInt() == l && n.get("text").asText().length() > 1500).count())
          .as("rows over 1,500 chars with label " + label).isGreaterThanOrEqualTo(10);
    }
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
        assertThat(n.has("goal")).isFalse();
      }
    }
    assertThat(positions.keySet()).isEqualTo(POSITIONS);
    long planted = positions.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(positions.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo((int) (0.15 * planted)));
    Map<String, Integer> goals = new HashMap<>();
    Map<String, Integer> framings = new HashMap<>();
    rows.stream().filter(n -> n.get("label").asInt() == 1).forEach(n -> {
      goals.merge(n.get("goal").asText(), 1, Integer::sum);
      framings.merge(n.get("framing").asText(), 1, Integer::sum);
    });
    assertThat(goals).hasSizeGreaterThanOrEqualTo(12);
    assertThat(goals.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo((int) (0.05 * planted)));
    // addressed to the agent, and often not addressed at all (a bare imperative, a note, a fake tool/user/system turn)
    assertThat(framings.keySet()).containsAll(this.framings);
    assertThat(framings.get("addressed")).isLessThanOrEqualTo((int) (0.3 * planted));
  }

  @Test
  void carriersAndTemplatesAreBalancedAndNoneDominates() throws IOException {
    List<JsonNode> rows = rows();
    Map<String, int[]> carriers = byField(rows, "carrier");
    Map<String, int[]> groups = byField(rows, "group");
    assertThat(carriers).hasSizeGreaterThanOrEqualTo(20);
    assertThat(groups).hasSizeGreaterThanOrEqualTo(40);
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
    List<InjectionData.Row> loaded = loader.load();
    List<JsonNode> rows = rows();
    assertThat(loaded).hasSize(rows.size());
    assertThat(loaded).allSatisfy(r -> {
      assertThat(r.test()).isTrue();
      assertThat(r.source()).matches(java.util.regex.Pattern.quote(source) + ":[a-z-]+/[a-z0-9-]+");
      assertThat(r.kind()).isEqualTo(r.label() == 1 ? "indirect" : "indirect-clean");
    });
    for (String lang : new String[] {"de", "fr"}) {
      assertThat(loaded.stream().filter(r -> r.lang().equals(lang)).count())
          .isEqualTo(rows.stream().filter(n -> n.get("lang").asText().equals(lang)).count());
    }
  }

  /**
   * No row equals or nearly equals a training row or a row of the spent blind sets the shipped file trains on, as they
   * were when the set was written: the blind document sets it began to train on later ({@link
   * InjectionModelTrainer#blindDocsTrainedSince}) are left out, since the author was not asked to stay clear of them.
   */
  @Test
  void noRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    Matcher set = SET_NUMBER.matcher(resource);
    Set<String> leftOut = new HashSet<>(InjectionModelTrainer.blindDocsTrainedSince(
        set.find() ? Integer.parseInt(set.group(1)) : 0));
    leftOut.add(resource);
    InjectionFreshSetsDataTest.assertNoTrainingMatch(name, FreshSetRows.texts(rows()), author + ".rejected.near",
        leftOut);
  }

  /**
   * @return the indices of the fresh texts that share a passage of {@link #PASSAGE} chars (at any offset, after
   *     {@link InjectionFreshSetsDataTest#norm}, the normalisation of {@code InjectionPlantedDataTest.Index}) with any
   *     of the other texts
   */
  static Set<Integer> sharingPassage(List<String> fresh, List<String> others) {
    List<String> normed = new ArrayList<>();
    Map<Long, List<Integer>> windows = new HashMap<>();
    for (int i = 0; i < fresh.size(); i++) {
      String n = InjectionFreshSetsDataTest.norm(fresh.get(i));
      normed.add(n);
      for (int j = 0; j + PASSAGE <= n.length(); j++) {
        List<Integer> p = windows.computeIfAbsent(hash(n, j), k -> new ArrayList<>(1));
        if (p.isEmpty() || p.get(p.size() - 1) != i) {
          p.add(i);
        }
      }
    }
    Set<Integer> bad = new TreeSet<>();
    for (String t : others) {
      String n = InjectionFreshSetsDataTest.norm(t);
      for (int j = 0; j + PASSAGE <= n.length(); j++) {
        List<Integer> p = windows.get(hash(n, j));
        if (p != null) {
          String passage = n.substring(j, j + PASSAGE);
          for (int i : p) {
            if (!bad.contains(i) && normed.get(i).contains(passage)) {
              bad.add(i);
            }
          }
        }
      }
    }
    return bad;
  }

  private static long hash(String s, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + PASSAGE; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  @Test
  void noRowSharesAFortyCharPassageWithAnyTrainingFile() throws IOException {
    List<String> fresh = FreshSetRows.texts(rows());
    List<String> training = new ArrayList<>();
    for (String resource : InjectionFreshSetsDataTest.trainingFiles()) {
      InjectionData.jsonLines(resource).forEach(n -> training.add(n.get("text").asText()));
    }
    Set<Integer> bad = sharingPassage(fresh, training);
    System.out.printf("%s: %d of %d rows share a %d-char passage with one of %d training texts%n",
        name, bad.size(), fresh.size(), PASSAGE, training.size());
    String out = System.getProperty(author + ".rejected");
    if (out != null && !bad.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (int i : bad) {
        lines.add(sha1(fresh.get(i)));
      }
      // appended: the near-copy check may write the same file in the same run
      Files.write(Paths.get(out), lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    assertThat(bad.size()).as("rows sharing a 40-char passage with a training text").isZero();
  }

  @Test
  void thePassageCheckFindsAnOverlapAndPassesFreshText() {
    String training = "A training document about shipping.\nThe parcel left the depot at nine and arrived late.";
    List<String> fresh = List.of(
        "Some new header\n  THE PARCEL LEFT THE DEPOT   at nine and arrived late. New tail.", // shares 40+ chars
        "The parcel left the depot at ten, which nobody expected at all.",                   // shares under 40
        "Entirely unrelated words that appear nowhere in the training text above.");
    assertThat(sharingPassage(fresh, List.of(training))).containsExactly(0);
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
