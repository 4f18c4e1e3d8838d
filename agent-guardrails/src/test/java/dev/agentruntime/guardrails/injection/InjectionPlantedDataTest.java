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
}
