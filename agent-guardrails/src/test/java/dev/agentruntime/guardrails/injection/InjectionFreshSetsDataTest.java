package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fresh blind sets of session 11 ({@code test-indirect-4.jsonl}, {@code make_test_indirect_4.py};
 * {@code test-hard-negatives-3.jsonl}, {@code make_test_hard_negatives_3.py}) keep their promises: sizes,
 * labels and lengths, and no row equals or nearly equals a training row. "Nearly" means: the same text
 * after lower-casing and folding white space, or word-trigram Jaccard similarity of 0.5 or more, or a
 * shared 120-char passage. The training rows are every row the trainer can read: the corpus's training
 * rows (when {@code ../shared/evaldata} is present), our own training sets and the document-model sets
 * (outside documents and trigger sentences, this repository's chunks, planted, option and instructional documents).
 */
class InjectionFreshSetsDataTest {

  static final String INDIRECT_4 = "/injection/test-indirect-4.jsonl";
  static final String HARD_3 = "/injection/test-hard-negatives-3.jsonl";

  private static final String[] OWN_TRAINING = {"/corpus/injection.jsonl", "/injection/train-own.jsonl",
      "/injection/train-indirect.jsonl", "/injection/train-indirect-2.jsonl", "/injection/train-french.jsonl",
      "/injection/train-hard-negatives.jsonl", "/injection/train-outside-docs.jsonl",
      "/injection/train-outside-trigger.jsonl", "/injection/train-repo-docs.jsonl",
      "/injection/train-planted-docs.jsonl", "/injection/train-option-docs.jsonl", "/injection/train-howto-docs.jsonl",
      "/injection/train-roleplay.jsonl", "/injection/train-attacks-2.jsonl", "/injection/train-roleplay-2.jsonl",
      "/injection/train-roleplay-3.jsonl",
      "/injection/train-attacks-3.jsonl", "/injection/train-benign-3.jsonl"};

  static String norm(String t) {
    return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** @return the word trigrams of a text (its words when it has fewer than three) */
  static Set<String> trigrams(String text) {
    String[] w = norm(text).replaceAll("[^\\p{L}\\p{N} ]+", " ").strip().split(" +");
    Set<String> out = new HashSet<>();
    if (w.length < 3) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 2 < w.length; i++) {
      out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    }
    return out;
  }

  /** @return every training text (the corpus's training rows only when the corpus is present) */
  static List<String> trainingTexts() throws IOException {
    List<String> out = new ArrayList<>();
    String root = System.getProperty("agentruntime.evaldata");
    Path evaldata = root == null ? null : Paths.get(root);
    if (evaldata != null && Files.isRegularFile(evaldata.resolve("injection-train/train.jsonl"))) {
      for (InjectionData.Row r : InjectionData.load(evaldata)) {
        if (!r.test()) {
          out.add(r.text());
        }
      }
    }
    for (String resource : OWN_TRAINING) {
      InjectionData.jsonLines(resource).forEach(n -> out.add(n.get("text").asText()));
    }
    return out;
  }

  /**
   * @return the fresh rows that equal or nearly equal a training text, one line each (the first reason
   *     found, and the fresh text)
   */
  static List<String> contaminated(List<String> fresh, List<String> training) {
    return new ArrayList<>(contaminatedByRow(fresh, training).values());
  }

  /** @return the same reasons as {@link #contaminated}, keyed by the index of the fresh row */
  static Map<Integer, String> contaminatedByRow(List<String> fresh, List<String> training) {
    Map<Integer, String> bad = new java.util.TreeMap<>();
    matches(fresh, training).forEach((i, m) -> bad.put(i, m.reason()));
    return bad;
  }

  /**
   * @return for each fresh row that equals or nearly equals a training text, the index of the first such training
   *     text (so a check can print the training rows only, never the fresh ones)
   */
  static Map<Integer, Integer> firstTrainingMatch(List<String> fresh, List<String> training) {
    Map<Integer, Integer> out = new java.util.TreeMap<>();
    matches(fresh, training).forEach((i, m) -> out.put(i, m.training()));
    return out;
  }

  /** Why a fresh row was rejected, and the index of the training text it matched. */
  private record Match(String reason, int training) {}

  private static Map<Integer, Match> matches(List<String> fresh, List<String> training) {
    Map<Integer, Match> bad = new java.util.TreeMap<>();
    // shingle -> fresh rows holding it, and each fresh row's shingle count
    Map<String, List<Integer>> postings = new HashMap<>();
    int[] size = new int[fresh.size()];
    Map<String, Integer> whole = new HashMap<>();
    Map<Long, Integer> windows = new HashMap<>();
    for (int i = 0; i < fresh.size(); i++) {
      Set<String> s = trigrams(fresh.get(i));
      size[i] = s.size();
      for (String g : s) {
        postings.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
      String n = norm(fresh.get(i));
      whole.put(n, i);
      for (int j = 0; j + 120 <= n.length(); j++) {
        windows.put(hash(n, j), i);
      }
    }
    for (int ti = 0; ti < training.size(); ti++) {
      String t = training.get(ti);
      String n = norm(t);
      Integer same = whole.get(n);
      if (same != null) {
        bad.putIfAbsent(same, new Match("equal: " + abbreviate(fresh.get(same)), ti));
      }
      for (int j = 0; j + 120 <= n.length(); j += 60) {
        Integer w = windows.get(hash(n, j));
        if (w != null && norm(fresh.get(w)).contains(n.substring(j, j + 120))) {
          bad.putIfAbsent(w, new Match("shares a 120-char passage: " + abbreviate(fresh.get(w)), ti));
        }
      }
      Set<String> s = trigrams(t);
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String g : s) {
        List<Integer> p = postings.get(g);
        if (p != null) {
          for (int i : p) {
            overlap.merge(i, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        int i = e.getKey();
        double jaccard = e.getValue() / (double) (size[i] + s.size() - e.getValue());
        if (jaccard >= 0.5) {
          bad.putIfAbsent(i, new Match(String.format(Locale.ROOT, "Jaccard %.2f with '%s': %s", jaccard, abbreviate(t),
              abbreviate(fresh.get(i))), ti));
        }
      }
    }
    return bad;
  }

  private static long hash(String s, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + 120; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  static String abbreviate(String s) {
    String t = s.replace('\n', ' ');
    return t.length() > 100 ? t.substring(0, 100) + "..." : t;
  }

  private static List<String> texts(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    InjectionData.jsonLines(resource).forEach(n -> out.add(n.get("text").asText()));
    return out;
  }

  /** @return the resource names of every {@code train-*.jsonl} next to the test sets */
  static List<String> trainingFiles() throws IOException {
    URL dir = InjectionData.class.getResource("/injection/");
    assertThat(dir).as("the injection resources folder").isNotNull();
    Path folder;
    try {
      folder = Paths.get(dir.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "train-*.jsonl")) {
      files.forEach(f -> out.add("/injection/" + f.getFileName()));
    }
    out.sort(null);
    return out;
  }

  /**
   * Asserts that no fresh row equals or nearly equals a training row: the training rows of {@link #trainingTexts()}
   * and every {@code train-*.jsonl} of {@link #trainingFiles()}, so a training file added later is covered without
   * editing the callers. On failure only the training rows are shown; the fresh rows must stay unseen. When the
   * system property {@code rejectedProperty} names a file, the SHA-1 of each rejected fresh text is written there
   * (the blind authors' generators skip those texts and draw again).
   *
   * @param name the sets' name for the printed summary, e.g. "fresh sets 7"
   * @param fresh the fresh rows' texts
   * @param rejectedProperty the system property naming the file for the rejected texts' SHA-1s
   */
  static void assertNoTrainingMatch(String name, List<String> fresh, String rejectedProperty) throws IOException {
    assertNoTrainingMatch(name, fresh, rejectedProperty, null);
  }

  /**
   * As {@link #assertNoTrainingMatch(String, List, String)}, with the spent test sets the shipped model trains on
   * ({@link #trainedTestSetTexts}) also counted as training rows, except the fresh sets' own resources (session 18: a
   * set written after the model began to train on earlier blind sets must not copy them either).
   *
   * @param ownResources the fresh sets' own resources, left out of the trained test sets; {@code null} leaves the
   *     trained test sets out altogether (the sets written before the model trained on them)
   */
  static void assertNoTrainingMatch(String name, List<String> fresh, String rejectedProperty,
      Collection<String> ownResources) throws IOException {
    List<String> training = new ArrayList<>(trainingTexts());
    List<String> files = trainingFiles();
    for (String resource : files) {
      training.addAll(texts(resource));
    }
    if (ownResources != null) {
      training.addAll(trainedTestSetTexts(ownResources));
    }
    System.out.printf("%s: %d fresh rows checked against %d training texts (%d train-*.jsonl files)%n",
        name, fresh.size(), training.size(), files.size());
    Map<Integer, Integer> bad = firstTrainingMatch(fresh, training);
    writeRejected(rejectedProperty, fresh, bad.keySet());
    Set<String> trainingRows = new TreeSet<>();
    bad.values().forEach(t -> trainingRows.add(abbreviate(training.get(t))));
    assertThat(trainingRows).as("%d fresh rows equal or nearly equal these training rows", bad.size()).isEmpty();
  }

  /**
   * @param fresh the fresh rows' texts
   * @param ownResources the fresh sets' own resources, left out
   * @return how many fresh rows equal or nearly equal (as {@link #assertNoTrainingMatch}) a row of the spent test sets
   *     the shipped model trains on ({@link #trainedTestSetTexts})
   */
  static int trainedSetMatches(List<String> fresh, Collection<String> ownResources) throws IOException {
    return trainedSetMatches(fresh, ownResources, List.of());
  }

  /**
   * As {@link #trainedSetMatches(List, Collection)}, with the rows of {@code alsoTrained} (spent sets a candidate
   * trains on besides the shipped model's) counted too.
   */
  static int trainedSetMatches(List<String> fresh, Collection<String> ownResources, Collection<String> alsoTrained)
      throws IOException {
    return trainedSetMatchRows(fresh, ownResources, alsoTrained).size();
  }

  /**
   * @return the indexes of the fresh rows {@link #trainedSetMatches(List, Collection, Collection)} counts (for an
   *     author's generator, through {@link #writeRejected})
   */
  static Set<Integer> trainedSetMatchRows(List<String> fresh, Collection<String> ownResources,
      Collection<String> alsoTrained) throws IOException {
    List<String> trained = new ArrayList<>(trainedTestSetTexts(ownResources));
    for (String resource : alsoTrained) {
      if (!ownResources.contains(resource)) {
        trained.addAll(texts(resource));
      }
    }
    return firstTrainingMatch(fresh, trained).keySet();
  }

  /**
   * Writes the SHA-1 of each of the fresh rows {@code rows} to the file the system property {@code rejectedProperty}
   * names, one per line, when it is set and there is any (the blind authors' generators redraw those rows; nothing
   * but the authors' own rows' hashes is written).
   */
  static void writeRejected(String rejectedProperty, List<String> fresh, Collection<Integer> rows) throws IOException {
    String out = System.getProperty(rejectedProperty);
    if (out != null && !rows.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (int i : rows) {
        lines.add(sha1(fresh.get(i)));
      }
      Files.write(Paths.get(out), lines, StandardCharsets.UTF_8);
    }
  }

  /**
   * @return the texts of the spent test sets the shipped model trains on ({@link
   *     InjectionModelTrainer#trainedTestSets()}), except those of {@code except}
   */
  static List<String> trainedTestSetTexts(Collection<String> except) throws IOException {
    List<String> out = new ArrayList<>();
    for (String resource : InjectionModelTrainer.trainedTestSets()) {
      if (!except.contains(resource)) {
        out.addAll(texts(resource));
      }
    }
    return out;
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTrainingGlobFindsTheKnownTrainingFiles() throws IOException {
    assertThat(trainingFiles()).contains("/injection/train-own.jsonl", "/injection/train-first-person.jsonl",
        "/injection/train-hard-negatives.jsonl", "/injection/train-roleplay.jsonl");
  }

  @Test
  void freshSetsHaveThePromisedShape() throws IOException {
    List<JsonNode> indirect = InjectionData.jsonLines(INDIRECT_4);
    long attacks = indirect.stream().filter(n -> n.get("label").asInt() == 1).count();
    assertThat(attacks).isGreaterThanOrEqualTo(300);
    assertThat(indirect.size() - attacks).isGreaterThanOrEqualTo(300);
    Set<String> carriers = new HashSet<>();
    Set<String> positions = new HashSet<>();
    for (JsonNode n : indirect) {
      assertThat(n.get("text").asText().length()).isBetween(InjectionModel.DOCUMENT_MIN_CHARS, 4300);
      assertThat(n.get("kind").asText()).isEqualTo(n.get("label").asInt() == 1 ? "indirect" : "indirect-clean");
      carriers.add(n.get("group").asText());
      if (n.get("label").asInt() == 1) {
        positions.add(n.get("position").asText());
      }
    }
    assertThat(carriers).hasSizeGreaterThanOrEqualTo(15);
    assertThat(positions).containsExactlyInAnyOrder("start", "middle", "end", "field", "comment");
    List<JsonNode> hard = InjectionData.jsonLines(HARD_3);
    assertThat(hard).hasSizeGreaterThanOrEqualTo(300);
    assertThat(hard).allSatisfy(n -> assertThat(n.get("label").asInt()).isZero());
    Set<String> distinct = new HashSet<>();
    for (String t : texts(HARD_3)) {
      assertThat(distinct.add(norm(t))).as("duplicate: " + t).isTrue();
    }
  }

  @Test
  void noFreshRowEqualsOrNearlyEqualsATrainingRow() throws IOException {
    List<String> fresh = new ArrayList<>(texts(INDIRECT_4));
    fresh.addAll(texts(HARD_3));
    assertThat(contaminated(fresh, trainingTexts())).isEmpty();
  }

  /**
   * @return every held-out text: each {@code test-*.jsonl} of our own (whatever sets exist when the test runs) and
   *     the corpus's held-out rows (when {@code ../shared/evaldata} is present)
   */
  static List<String> heldOutTexts() throws Exception {
    List<String> out = new ArrayList<>();
    Path dir = Paths.get(InjectionData.class.getResource("/injection").toURI());
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("test-.*\\.jsonl")).sorted().toList()) {
        out.addAll(texts("/injection/" + f.getFileName()));
      }
    }
    String root = System.getProperty("agentruntime.evaldata");
    if (root != null && Files.isRegularFile(Paths.get(root).resolve("injection-train/train.jsonl"))) {
      for (InjectionData.Row r : InjectionData.load(Paths.get(root))) {
        if (r.test()) {
          out.add(r.text());
        }
      }
    }
    return out;
  }

  private static List<String> heldOut;

  /** @return {@link #heldOutTexts()}, read once for the class */
  private static synchronized List<String> heldOutOnce() throws Exception {
    if (heldOut == null) {
      heldOut = heldOutTexts();
    }
    return heldOut;
  }

  /**
   * Our own training sets written since session 12, each by an author who read no held-out set (role-play requests
   * of session 12, {@code make_train_roleplay.py}; first-person statements of session 13; helper attackgen's varied
   * attacks and German/French requests; helper benign2's German/French requests with contrast twins; helper
   * attacks3's attacks and English requests, session 14; helper benign4's English requests with contrast twins, session
   * 15; helper records's requests for records, histories and summaries with contrast twins, {@code
   * train-records.jsonl}, session 21), equal or nearly equal no held-out row. On failure only the
   * training rows are printed (their authors must not read the held-out rows).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/injection/train-roleplay.jsonl, 3000",
      "/injection/train-first-person.jsonl, 500",
      "/injection/train-attacks-2.jsonl, 3000",
      "/injection/train-roleplay-2.jsonl, 600",
      "/injection/train-roleplay-3.jsonl, 2000",
      "/injection/train-attacks-3.jsonl, 3000",
      "/injection/train-benign-3.jsonl, 400",
      "/injection/train-benign-4.jsonl, 3000",
      "/injection/train-records.jsonl, 2000"})
  void ownTrainingRowsEqualOrNearlyEqualNoHeldOutRow(String resource, int minimumRows) throws Exception {
    List<String> rows = texts(resource);
    assertThat(rows).hasSizeGreaterThan(minimumRows);
    List<String> held = heldOutOnce();
    assertThat(held).hasSizeGreaterThan(5000);
    List<String> bad = contaminatedByRow(rows, held).keySet().stream().map(rows::get).toList();
    assertThat(bad).as("rows of %s near a held-out row", resource).isEmpty();
  }

  /**
   * A fresh row that nearly copies a row of a spent set the model trains on is counted, and its SHA-1 (only its own)
   * is written for the author's generator when the rejected-file property is set.
   */
  @Test
  void nearCopiesOfTrainedSetsAreCountedAndTheirHashesWritten(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String trainedRow = texts(InjectionModelTrainer.trainedTestSets().get(0)).get(0);
    List<String> fresh = List.of("Could you write a short haiku about autumn leaves in Lisbon for my grandmother's card?",
        trainedRow.replaceFirst("[.!?]?$", "") + ", thanks a lot!");
    Set<Integer> rows = trainedSetMatchRows(fresh, List.of(), List.of());
    assertThat(rows).containsExactly(1);
    assertThat(trainedSetMatches(fresh, List.of(), List.of())).isEqualTo(1);
    Path out = dir.resolve("rejected.txt");
    String property = "test.nearCopies.rejected";
    System.setProperty(property, out.toString());
    try {
      writeRejected(property, fresh, rows);
    } finally {
      System.clearProperty(property);
    }
    assertThat(Files.readAllLines(out)).containsExactly(sha1(fresh.get(1)));
  }

  @Test
  void theCheckFindsNearCopiesOfTrainingRows() throws IOException {
    List<String> training = trainingTexts();
    String hardNegative = InjectionData.jsonLines("/injection/train-hard-negatives.jsonl").get(0).get("text").asText();
    String document = InjectionData.jsonLines("/injection/train-indirect-2.jsonl").stream()
        .filter(n -> n.get("text").asText().length() > 400).findFirst().orElseThrow().get("text").asText();
    List<String> fresh = List.of(
        "  " + hardNegative.toUpperCase(Locale.ROOT) + "\n",                        // equal after folding
        hardNegative.replaceFirst("\\.?$", "") + ", thanks a lot!",                  // nearly equal
        "Header line of a new carrier\n" + document.substring(100, 300) + "\nfooter", // a shared passage
        texts(HARD_3).get(0));                                                        // a fresh row
    assertThat(contaminated(fresh, training)).hasSize(3);
  }
}
