package dev.agentruntime.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.curiousoddman.rgxgen.RgxGen;
import dev.agentruntime.guardrails.secrets.SecretDetector;
import dev.agentruntime.guardrails.secrets.SecretMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule of gitleaks' default rule set, as the reference for which providers and formats a
 * secret scanner at gitleaks breadth must cover. For each rule, values are generated from the
 * rule's own secret group (RgxGen, fixed seed), written into typical places (an {@code .env}
 * line, a quoted assignment in code, YAML, JSON, and for self-identifying tokens prose and a
 * header), and kept only where gitleaks' whole rule matches them there, so every sample is a real
 * format in a place gitleaks itself would flag. Bar: recall >= 0.95 per rule, for every rule but
 * the few named in {@link #NOT_CLAIMED} with the reason.
 */
class GitleaksRulesCoverageTest {

  /** Rules outside what a text scanner claims, with the reason. */
  static final Map<String, String> NOT_CLAIMED = Map.of(
      "pkcs12-file", "a rule on file names (*.p12), not on text",
      "generic-api-key", "gitleaks' own catch-all by entropy; our assignment rule is the counterpart, measured on "
          + "our own corpus",
      "kubernetes-secret-yaml", "base64 data of any Kubernetes Secret manifest: a whole-document rule",
      "hashicorp-tf-password", "a rule for *.tf files only (path-scoped)",
      "nuget-config-password", "a rule for nuget.config files only (path-scoped)",
      "freemius-secret-key", "a rule for *.php files only (path-scoped)");

  record Rule(String id, Pattern regex, String secretGroupRegex, List<String> keywords, double entropy) {}

  static List<Rule> rules(Path toml) throws Exception {
    List<Rule> out = new ArrayList<>();
    String id = null;
    String regex = null;
    int group = -1;
    List<String> keywords = List.of();
    double entropy = 0;
    boolean inRule = false;
    List<String> lines = new ArrayList<>(Files.readAllLines(toml));
    lines.add("[[rules]]");
    for (String line : lines) {
      if (line.equals("[[rules]]")) {
        if (id != null && regex != null) {
          out.add(new Rule(id, Pattern.compile(regex), secretGroup(regex, group), keywords, entropy));
        }
        inRule = true;
        id = null;
        regex = null;
        group = -1;
        keywords = List.of();
        entropy = 0;
      } else if (line.startsWith("[[rules.allowlists]]") || line.startsWith("[")) {
        inRule = line.startsWith("[[rules.allowlists]]") ? false : inRule;
      } else if (inRule && line.startsWith("id = \"")) {
        id = line.substring(6, line.length() - 1);
      } else if (inRule && line.startsWith("regex = '''")) {
        // Go's syntax: named groups (?P<name>...) become plain groups (same numbering), POSIX classes spelt out
        regex = line.substring(11, line.length() - 3).replace("[[:alnum:]]", "[A-Za-z0-9]")
            .replaceAll("\\(\\?P<[A-Za-z0-9_]+>", "(");
      } else if (inRule && line.startsWith("secretGroup = ")) {
        group = Integer.parseInt(line.substring(14).trim());
      } else if (inRule && line.startsWith("entropy = ")) {
        entropy = Double.parseDouble(line.substring(10).trim());
      } else if (inRule && line.startsWith("keywords = [")) {
        List<String> k = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(line);
        while (m.find()) {
          k.add(m.group(1));
        }
        keywords = k;
      } else if (inRule && line.startsWith("path = ")) {
        id = null; // path-scoped rules are not about text
      }
    }
    return out;
  }

  /** @return the text of capture group {@code group} (the first one when -1; the whole regex when none) */
  static String secretGroup(String regex, int group) {
    int want = group < 0 ? 1 : group;
    int count = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == '[') { // skip a character class
        int j = i + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
          j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
          j++;
        }
        while (j < regex.length() && regex.charAt(j) != ']') {
          if (regex.charAt(j) == '\\') {
            j++;
          }
          j++;
        }
        i = j;
        continue;
      }
      if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
        count++;
        if (count == want) {
          int depth = 0;
          for (int j = i; j < regex.length(); j++) {
            char d = regex.charAt(j);
            if (d == '\\') {
              j++;
            } else if (d == '[') {
              j++;
              while (j < regex.length() && regex.charAt(j) != ']') {
                if (regex.charAt(j) == '\\') {
                  j++;
                }
                j++;
              }
            } else if (d == '(') {
              depth++;
            } else if (d == ')' && --depth == 0) {
              return forGeneration(regex.substring(i + 1, j));
            }
          }
        }
      }
    }
    return forGeneration(regex);
  }

  /** @return the pattern as written, without inline flags (RgxGen generates what is written; (?i) only widens) */
  private static String forGeneration(String regex) {
    return regex.replace("(?i)", "").replace("(?-i:", "(?:").replace("(?i:", "(?:");
  }

  private static final String[] KEYWORD_PLACES = {
    "%s=%s\n", "%s = \"%s\"\n", "  %s: %s\n", "{\"%s\": \"%s\"}\n", "export %s='%s'\n",
  };
  private static final String[] TOKEN_PLACES = {
    "token = \"%2$s\"\n", "Here is the key %2$s for the staging box.\n", "Authorization: Bearer %2$s\n",
    "  %1$s: %2$s\n", "{\"%1$s\": \"%2$s\"}\n",
  };

  @Test
  void everyGitleaksRuleIsCoveredOnRealFormatsInTypicalPlaces() throws Exception {
    List<Rule> rules = rules(EvalData.file("secrets-gitleaks/gitleaks.toml"));
    SecretDetector detector = SecretDetector.all();
    Map<String, int[]> byRule = new TreeMap<>();
    Map<String, String> example = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (NOT_CLAIMED.containsKey(rule.id())) {
        continue;
      }
      RgxGen gen = RgxGen.parse(rule.secretGroupRegex());
      Random random = new Random(rule.id().hashCode());
      String key = keyName(rule);
      int[] c = new int[2];
      for (int k = 0; k < 40; k++) {
        String value = gen.generate(random);
        if (value.isEmpty() || value.indexOf('\n') >= 0 || entropy(value) < rule.entropy()) {
          continue;
        }
        String[] places = rule.regex().pattern().contains("(?:=|>|:{1,3}=") ? KEYWORD_PLACES : TOKEN_PLACES;
        String text = String.format(Locale.ROOT, places[k % places.length], key, value);
        if (!gitleaksFinds(rule, text, value)) {
          continue; // not a place or a value gitleaks' own rule takes: not a sample of the format
        }
        int at = text.indexOf(value);
        boolean found = false;
        for (SecretMatch m : detector.detect(text)) {
          found |= m.start() <= at && m.end() >= at + value.length();
        }
        c[found ? 0 : 1]++;
        if (!found) {
          example.putIfAbsent(rule.id(), text.strip());
        }
      }
      byRule.put(rule.id(), c);
    }
    List<String> below = new ArrayList<>();
    int samples = 0;
    for (Map.Entry<String, int[]> e : byRule.entrySet()) {
      int[] c = e.getValue();
      int n = c[0] + c[1];
      samples += n;
      double recall = n == 0 ? 0 : (double) c[0] / n;
      if (n < 10 || recall < 0.95) {
        below.add(String.format(Locale.ROOT, "%s %.2f (%d/%d) e.g. %s", e.getKey(), recall, c[0], n,
            example.getOrDefault(e.getKey(), "-")));
      }
    }
    System.out.printf(Locale.ROOT, "gitleaks rules: %d in the set, %d claimed, %d samples; below 0.95: %d%n",
        rules.size() + NOT_CLAIMED.size(), byRule.size(), samples, below.size());
    below.forEach(b -> System.out.println("  " + b));
    assertThat(below).isEmpty();
  }

  /** @return a variable name gitleaks' rule accepts before the operator: the first keyword, as an env name */
  private static String keyName(Rule rule) {
    String kw = rule.keywords().isEmpty() ? "secret" : rule.keywords().get(0);
    String base = kw.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    Set<String> suffixes = Set.of("KEY", "TOKEN", "SECRET");
    for (String s : suffixes) {
      if (base.endsWith(s)) {
        return base;
      }
    }
    return base + "_KEY";
  }

  private static boolean gitleaksFinds(Rule rule, String text, String value) {
    Matcher m = rule.regex().matcher(text);
    while (m.find()) {
      for (int g = 0; g <= m.groupCount(); g++) {
        if (value.equals(m.group(g))) {
          return true;
        }
      }
    }
    return false;
  }

  private static double entropy(String v) {
    Map<Character, Integer> f = new java.util.HashMap<>();
    for (char ch : v.toCharArray()) {
      f.merge(ch, 1, Integer::sum);
    }
    double h = 0;
    for (int n : f.values()) {
      double p = (double) n / v.length();
      h -= p * Math.log(p) / Math.log(2);
    }
    return h;
  }
}
