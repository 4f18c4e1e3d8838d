package dev.agentruntime.guardrails.injection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The outside text of session 9 keeps its promises: the training chunks ({@code train-outside-docs.jsonl},
 * {@code train-outside-trigger.jsonl}) share no package and no text with the blind set
 * ({@code test-outside-benign.jsonl}), are benign and of the promised lengths, and say nothing about
 * injections or prompts; the blind set has the promised size and plants only attacks of held-out sources.
 */
class InjectionOutsideDataTest {

  private static final Pattern BANNED = Pattern.compile("inject|jailbreak|prompt|ignore (all|previous|the above)"
      + "|guardrail|system message|pretend|chatgpt|language model|\\bllm\\b|assistant", Pattern.CASE_INSENSITIVE);

  private static List<JsonNode> read(String resource) throws IOException {
    return InjectionData.jsonLines(resource);
  }

  private static Set<String> windows(String text) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < Math.max(1, text.length() - 120); i += 60) {
      out.add(text.substring(i, Math.min(text.length(), i + 120)));
    }
    return out;
  }

  @Test
  void trainingChunksShareNoPackageAndNoTextWithTheBlindSet() throws IOException {
    List<JsonNode> blind = read("/injection/test-outside-benign.jsonl");
    List<JsonNode> train = new ArrayList<>(read("/injection/train-outside-docs.jsonl"));
    train.addAll(read("/injection/train-outside-trigger.jsonl"));
    Set<String> blindWindows = new HashSet<>();
    Set<String> blindPackages = new HashSet<>();
    for (JsonNode n : blind) {
      blindWindows.addAll(windows(n.get("text").asText()));
      String g = n.get("group").asText(); // "<kind>:<package>", or a kind alone (botocore-json, log)
      int colon = g.indexOf(':');
      if (colon > 0) {
        blindPackages.add(g.substring(0, colon).replace("man", "doc") + ":" + g.substring(colon + 1));
      }
    }
    for (JsonNode n : train) {
      String text = n.get("text").asText();
      String g = n.get("group").asText();
      String source = g.substring(0, g.lastIndexOf('-'));
      assertThat(blindPackages).as("package of a training chunk").doesNotContain(source + ":" + n.get("package").asText());
      assertThat(windows(text)).as("a training chunk shares text with the blind set: " + text)
          .doesNotContainAnyElementsOf(blindWindows);
      assertThat(n.get("label").asInt()).isZero();
      assertThat(text.length()).as(text).isBetween(40, 1500);
      assertThat(BANNED.matcher(text).find()).as("about injections or prompts: " + text).isFalse();
      assertThat(g).as("group <source>-<k>, k in fold k").matches("(py|npm|maven|doc)-[0-4]");
    }
  }

  @Test
  void theBlindSetHasThePromisedSizeAndPlantsOnlyHeldOutAttacks() throws IOException {
    List<JsonNode> blind = read("/injection/test-outside-benign.jsonl");
    long clean = blind.stream().filter(n -> n.get("label").asInt() == 0).count();
    long planted = blind.stream().filter(n -> n.get("label").asInt() == 1).count();
    assertThat(clean).isGreaterThanOrEqualTo(300);
    assertThat(planted).isGreaterThanOrEqualTo(200);
    for (JsonNode n : blind) {
      if (n.get("label").asInt() == 1) {
        String source = n.get("attack").asText();
        assertThat(InjectionData.heldOut(source, "direct", "")).as("attack source " + source).isTrue();
        assertThat(source).doesNotContain("agentdojo");
      }
    }
  }
}
