package dev.agentruntime.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.guardrails.secrets.SecretDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Uses gitleaks' rules as the reference for real key formats: every synthetic key in our corpus
 * must match the gitleaks rule for its provider (so the corpus is made of real formats), and our
 * detector must find every one of them.
 */
class GitleaksReferenceTest {
  /** Our key prefixes and the gitleaks rule that describes that format. */
  private static final Map<String, String> RULE_BY_PREFIX = new LinkedHashMap<>();

  static {
    RULE_BY_PREFIX.put("AKIA", "aws-access-token");
    RULE_BY_PREFIX.put("ASIA", "aws-access-token");
    RULE_BY_PREFIX.put("ghp_", "github-pat");
    RULE_BY_PREFIX.put("gho_", "github-oauth");
    RULE_BY_PREFIX.put("github_pat_", "github-fine-grained-pat");
    RULE_BY_PREFIX.put("sk-ant-", "anthropic-api-key");
    RULE_BY_PREFIX.put("sk-", "openai-api-key");
    RULE_BY_PREFIX.put("xoxb-", "slack-bot-token");
    RULE_BY_PREFIX.put("xoxp-", "slack-user-token");
    RULE_BY_PREFIX.put("AIza", "gcp-api-key");
    RULE_BY_PREFIX.put("sk_", "stripe-access-token");
    RULE_BY_PREFIX.put("rk_", "stripe-access-token");
    RULE_BY_PREFIX.put("eyJ", "jwt");
    RULE_BY_PREFIX.put("-----BEGIN", "private-key");
  }

  static Map<String, Pattern> rules(Path toml) throws Exception {
    Map<String, Pattern> out = new LinkedHashMap<>();
    String id = null;
    for (String line : Files.readAllLines(toml)) {
      if (line.startsWith("id = \"")) {
        id = line.substring(6, line.length() - 1);
      } else if (id != null && line.startsWith("regex = '''") && line.endsWith("'''")) {
        if (RULE_BY_PREFIX.containsValue(id)) {
          out.put(id, Pattern.compile(line.substring(11, line.length() - 3)));
        }
        id = null;
      }
    }
    return out;
  }

  @Test
  void corpusKeysAreRealFormatsAndAllAreDetected() throws Exception {
    Map<String, Pattern> rules = rules(EvalData.file("secrets-gitleaks/gitleaks.toml"));
    assertThat(rules.keySet()).containsAll(RULE_BY_PREFIX.values());
    SecretDetector detector = SecretDetector.all();
    int checked = 0;
    List<String> notRealFormat = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        GitleaksReferenceTest.class.getResourceAsStream("/corpus/secrets.jsonl"), StandardCharsets.UTF_8))) {
      ObjectMapper json = new ObjectMapper();
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode row = json.readTree(line);
        String value = row.get("value").asText();
        if (row.get("label").asInt() != 1) {
          continue;
        }
        String rule = RULE_BY_PREFIX.entrySet().stream().filter(e -> value.startsWith(e.getKey()))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        if (rule == null) {
          continue; // password=... assignments: gitleaks' generic rule is entropy-based, not a format
        }
        checked++;
        String text = row.get("text").asText();
        if (!rules.get(rule).matcher(value + "\n").find()) {
          notRealFormat.add(rule + ": " + value);
        }
        if (!detector.containsSecret(text)) {
          missed.add(rule + ": " + value);
        }
      }
    }
    System.out.printf("gitleaks reference: %d synthetic keys over %d gitleaks rules; not matching their rule: %d;"
        + " missed by SecretDetector: %d%n", checked, rules.size(), notRealFormat.size(), missed.size());
    assertThat(checked).isGreaterThan(200);
    assertThat(notRealFormat).isEmpty();
    assertThat(missed).isEmpty();
  }
}
