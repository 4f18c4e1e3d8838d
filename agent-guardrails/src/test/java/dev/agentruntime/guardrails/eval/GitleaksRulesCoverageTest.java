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
  static final Map<String, String> NOT_CLAIMED = Map.ofEntries(
      Map.entry("pkcs12-file", "a rule on file names (*.p12), not on text"),
      Map.entry("generic-api-key", "gitleaks' own catch-all by entropy; our assignment rule is the counterpart, measured on "
          + "our own corpus"),
      Map.entry("kubernetes-secret-yaml", "base64 data of any Kubernetes Secret manifest: a whole-document rule"),
      Map.entry("hashicorp-tf-password", "a rule for *.tf files only (path-scoped)"),
      Map.entry("nuget-config-password", "a rule for nuget.config files only (path-scoped)"),
      Map.entry("freemius-secret-key", "a rule for *.php files only (path-scoped)"));

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

  /**
   * @return the pattern as written, for RgxGen: without inline flags (it generates what is written;
   *     (?i) only widens), a dot between letters read as the literal dot it stands for
   *     ({@code hooks.slack.com}), and no trailing terminator group ({@code (?:[^\w-]|\z)})
   */
  private static String forGeneration(String regex) {
    return regex.replace("(?i)", "").replace("(?-i:", "(?:").replace("(?i:", "(?:")
        .replaceAll("(?<=[A-Za-z0-9])\\.(?=[A-Za-z0-9])", "\\\\.")
        .replaceAll("\\(\\?:\\[\\^[^\\]]*\\]\\|\\\\z\\)$", "");
  }

  /**
   * The vendor's documented format where gitleaks' pattern is wider than any real token (so RgxGen
   * would write strings no vendor issues): every generated value must still match gitleaks' rule.
   */
  private static final String UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}";

  static final Map<String, String> VENDOR_FORMAT = Map.ofEntries(
      Map.entry("jwt", "eyJ[A-Za-z0-9_-]{17,60}\\.eyJ[A-Za-z0-9_-]{17,200}\\.[A-Za-z0-9_-]{43}"), // RFC 7519, signed
      Map.entry("jwt-base64", "ZXlKaGJHY2lPaU[A-Za-z0-9+/]{60,160}"), // base64 of {"alg":...
      Map.entry("sendgrid-api-token", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
      Map.entry("slack-bot-token", "xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}"),
      Map.entry("slack-legacy-token", "xox[os]-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32,64}"),
      Map.entry("slack-app-token", "xapp-1-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-z0-9]{64}"),
      // a bare 40-hex value is any git commit id: only the prefixed forms are Sourcegraph's
      Map.entry("sourcegraph-access-token", "sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40}"),
      Map.entry("curl-auth-header", "[A-Za-z0-9._~+/-]{24,48}"),
      Map.entry("curl-auth-user", "(?:admin|deploy|ci-bot):[A-Za-z0-9@._-]{10,24}"),
      Map.entry("sidekiq-sensitive-url", "[a-f0-9]{8}:[a-f0-9]{8}"),
      // base64 of {"iat":...,"region_url":...} and the secret: gitleaks' pattern without its word-boundary frame
      Map.entry("sentry-org-token", "sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|"
          + "cmVnaW9uX3VybCI6)[a-zA-Z0-9+/]{10,200}={0,2}_[a-zA-Z0-9+/]{43}"),
      Map.entry("microsoft-teams-webhook", "https://[a-z0-9]{4,12}\\.webhook\\.office\\.com/webhookb2/" + UUID + "@" + UUID
          + "/IncomingWebhook/[a-z0-9]{32}/" + UUID),
      Map.entry("private-key", "-----BEGIN (?:RSA |EC |OPENSSH |ENCRYPTED |)PRIVATE KEY-----\\n(?:[A-Za-z0-9+/]{64}\\n){3,8}"
          + "[A-Za-z0-9+/]{8,63}={0,2}\\n-----END (?:RSA |EC |OPENSSH |ENCRYPTED |)PRIVATE KEY-----"));

  /** Places for rules about a whole command or URL rather than a token. */
  static final Map<String, String[]> OWN_PLACES = Map.of(
      "curl-auth-header", new String[] {
        "curl -H \"Authorization: Bearer %2$s\" https://api.example.com/v1/items\n",
        "curl -s --header 'Authorization: Token %2$s' https://api.example.com/v1/items\n"},
      "curl-auth-user", new String[] {
        "curl -u %2$s https://api.example.com/v1/items\n", "curl --user '%2$s' https://ci.example.com/job\n"},
      "sidekiq-sensitive-url", new String[] {
        "source \"https://%2$s@gems.contribsys.com/\"\n", "gem source https://%2$s@enterprise.contribsys.com/\n"});

  private static final String[] KEYWORD_PLACES = {
    "%s=%s\n", "%s = \"%s\"\n", "  %s: %s\n", "{\"%s\": \"%s\"}\n", "export %s='%s'\n",
  };
  private static final String[] TOKEN_PLACES = {
    "token = \"%2$s\"\n", "Here is the key %2$s for the staging box.\n", "Authorization: Bearer %2$s\n",
    "  %1$s: %2$s\n", "{\"%1$s\": \"%2$s\"}\n",
  };

  @Test
  void everyGitleaksRuleIsCoveredOnRealFormatsInTypicalPlaces() throws Exception {
    Path toml = EvalData.file("secrets-gitleaks/gitleaks.toml");
    List<Rule> rules = rules(toml);
    long inFile = Files.readAllLines(toml).stream().filter("[[rules]]"::equals).count();
    SecretDetector detector = SecretDetector.all();
    Map<String, int[]> byRule = new TreeMap<>();
    Map<String, String> example = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (NOT_CLAIMED.containsKey(rule.id())) {
        continue;
      }
      RgxGen gen = RgxGen.parse(VENDOR_FORMAT.getOrDefault(rule.id(), rule.secretGroupRegex()));
      Random random = new Random(rule.id().hashCode());
      boolean keyword = rule.regex().pattern().contains("(?:=|>|:{1,3}=");
      String[] places = OWN_PLACES.getOrDefault(rule.id(), keyword ? KEYWORD_PLACES : TOKEN_PLACES);
      boolean padding = Pattern.compile("\\[[^\\]]*=[^\\]]*\\]").matcher(rule.secretGroupRegex()).find();
      int[] c = new int[2];
      for (int k = 0, tries = 0; c[0] + c[1] < 40 && tries < 2000; tries++) {
        String value = gen.generate(random);
        if (value.isEmpty() || (value.indexOf('\n') >= 0 && !rule.id().equals("private-key"))
            || entropy(value) < rule.entropy() || (padding && value.replaceAll("=+$", "").indexOf('=') >= 0)) {
          continue; // '=' in a base64 alphabet is padding: it comes last
        }
        k++;
        String text = null;
        for (String key : keyNames(rule)) {
          String t = String.format(Locale.ROOT, places[k % places.length], key, value);
          if (gitleaksFinds(rule, t, value)) {
            text = t;
            break;
          }
        }
        if (text == null) {
          continue; // not a place or a value gitleaks' own rule takes: not a sample of the format
        }
        // the whole value must be covered; of a URL, its path (the host before it names the service)
        int at = text.indexOf(value) + (value.startsWith("http") ? value.indexOf('/', value.indexOf("://") + 3) : 0);
        int to = text.indexOf(value) + value.length();
        boolean found = false;
        for (SecretMatch m : detector.detect(text)) {
          found |= m.start() <= at && m.end() >= to;
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
        inFile, byRule.size(), samples, below.size());
    NOT_CLAIMED.forEach((id, why) -> System.out.println("  not claimed: " + id + ": " + why));
    below.forEach(b -> System.out.println("  " + b));
    assertThat(below).isEmpty();
  }

  /**
   * @return variable names to try before the operator (the first one gitleaks' rule accepts is used):
   *     the vendor of the rule id, its first two parts joined, the rule's keywords and the literal
   *     names in its pattern, each as an environment name with a usual suffix
   */
  private static List<String> keyNames(Rule rule) {
    List<String> bases = new ArrayList<>();
    String[] parts = rule.id().split("-");
    bases.add(parts[0]);
    if (parts.length > 1) {
      bases.add(parts[0] + parts[1]);
    }
    bases.addAll(rule.keywords());
    Matcher literal = Pattern.compile("\\{0,50}\\?\\(\\?:([A-Za-z0-9_|]+)\\)").matcher(rule.regex().pattern());
    if (literal.find()) {
      bases.addAll(List.of(literal.group(1).split("\\|")));
    }
    List<String> names = new ArrayList<>();
    for (String b : bases) {
      String base = b.replaceAll("[^A-Za-z0-9_]+", "_").toUpperCase(Locale.ROOT);
      for (String suffix : List.of("_KEY", "_TOKEN", "_SECRET", "")) {
        names.add(base + suffix);
      }
    }
    return names;
  }

  private static boolean gitleaksFinds(Rule rule, String text, String value) {
    Matcher m = rule.regex().matcher(text);
    while (m.find()) {
      for (int g = 0; g <= m.groupCount(); g++) {
        String found = m.group(g);
        if (value.equals(found) || (found != null && found.length() == value.length() + 1 && found.startsWith(value)
            && !Character.isLetterOrDigit(found.charAt(value.length())))) {
          return true; // a rule without a group matches its terminator too
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
