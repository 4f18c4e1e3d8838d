package dev.agentruntime.guardrails.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our own corpus of fake tokens in the providers' documented formats (prefix, alphabet, length as
 * each vendor documents them), written into typical places (code, .env, JSON, YAML, prose, URL
 * query), plus look-alike negatives (prefix inside a word, wrong length, wrong alphabet,
 * placeholders, environment look-ups). Bar: recall >= 0.95 per provider and no hit on negatives.
 */
class ProviderTokenCorpusTest {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String ALNUM = UPPER + LOWER + DIGITS;
  private static final String URLSAFE = ALNUM + "_-";
  private static final String HEX = "0123456789abcdef";

  /** provider -> generator of one token in its documented format */
  private interface Gen {
    String make(Random r);
  }

  private static String rnd(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static Map<String, Gen> formats() {
    Map<String, Gen> f = new LinkedHashMap<>();
    f.put("aws", r -> (r.nextBoolean() ? "AKIA" : "ASIA") + rnd(r, UPPER + "234567", 16));
    f.put("github-classic", r -> "ghp_" + rnd(r, ALNUM, 36 + (r.nextInt(3) == 0 ? 4 : 0)));
    f.put("github-oauth", r -> "gho_" + rnd(r, ALNUM, 36));
    f.put("github-app", r -> "ghs_" + rnd(r, ALNUM, 36));
    f.put("github-app-jwt-style", r -> "ghs_" + (20250000 + r.nextInt(9999)) + "_eyJ" + rnd(r, URLSAFE, 60) + "."
        + rnd(r, URLSAFE, 40));
    f.put("github-fine-grained", r -> "github_pat_" + rnd(r, ALNUM, 22) + "_" + rnd(r, ALNUM, 59));
    f.put("gitlab", r -> "glpat-" + rnd(r, URLSAFE, 20));
    f.put("stripe-secret", r -> "sk_" + (r.nextBoolean() ? "live" : "test") + "_" + rnd(r, ALNUM, 24 + r.nextInt(75)));
    f.put("stripe-publishable", r -> "pk_" + (r.nextBoolean() ? "live" : "test") + "_" + rnd(r, ALNUM, 24 + r.nextInt(75)));
    f.put("stripe-webhook", r -> "whsec_" + rnd(r, ALNUM, 32));
    f.put("slack-bot", r -> "xoxb-" + rnd(r, DIGITS, 11) + "-" + rnd(r, DIGITS, 12) + "-" + rnd(r, ALNUM, 24));
    f.put("slack-app", r -> "xapp-1-" + rnd(r, UPPER + DIGITS, 11) + "-" + rnd(r, DIGITS, 13) + "-"
        + rnd(r, LOWER + DIGITS, 64));
    f.put("openai", r -> "sk-proj-" + rnd(r, URLSAFE, 100 + r.nextInt(60)));
    f.put("anthropic", r -> "sk-ant-api03-" + rnd(r, URLSAFE, 93) + "AA");
    f.put("google", r -> "AIza" + rnd(r, URLSAFE, 35));
    f.put("sendgrid", r -> "SG." + rnd(r, URLSAFE, 22) + "." + rnd(r, URLSAFE, 43));
    f.put("npm", r -> "npm_" + rnd(r, ALNUM, 36));
    f.put("pypi", r -> "pypi-AgEIcHlwaS5vcmc" + rnd(r, URLSAFE, 70 + r.nextInt(100)));
    f.put("digitalocean", r -> "dop_v1_" + rnd(r, HEX, 64));
    f.put("shopify", r -> "shpat_" + rnd(r, HEX, 32));
    f.put("huggingface", r -> "hf_" + rnd(r, UPPER + LOWER, 34));
    f.put("databricks", r -> "dapi" + rnd(r, HEX, 32));
    f.put("hashicorp-vault", r -> "hvs." + rnd(r, URLSAFE, 91 + r.nextInt(20)));
    f.put("linear", r -> "lin_api_" + rnd(r, ALNUM, 40));
    f.put("newrelic", r -> "NRAK-" + rnd(r, UPPER + DIGITS, 27));
    f.put("notion", r -> "ntn_" + rnd(r, DIGITS, 11) + rnd(r, ALNUM, 35));
    f.put("postman", r -> "PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34));
    f.put("pulumi", r -> "pul-" + rnd(r, HEX, 40));
    f.put("square", r -> "sq0atp-" + rnd(r, URLSAFE, 22));
    f.put("age", r -> "AGE-SECRET-KEY-1" + rnd(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58));
    f.put("grafana", r -> "glsa_" + rnd(r, ALNUM, 32) + "_" + rnd(r, HEX, 8));
    f.put("doppler", r -> "dp.pt." + rnd(r, ALNUM, 43));
    f.put("groq", r -> "gsk_" + rnd(r, ALNUM, 52));
    f.put("replicate", r -> "r8_" + rnd(r, ALNUM, 37));
    f.put("twilio", r -> "SK" + rnd(r, HEX, 32));
    f.put("rubygems", r -> "rubygems_" + rnd(r, HEX, 48));
    f.put("google-oauth-secret", r -> "GOCSPX-" + rnd(r, URLSAFE, 28));
    f.put("atlassian", r -> "ATATT3" + rnd(r, URLSAFE, 186));
    f.put("alibaba", r -> "LTAI" + rnd(r, ALNUM, 20));
    f.put("planetscale", r -> "pscale_tkn_" + rnd(r, URLSAFE, 43));
    // the fixed part inside the token (InfixTokens; Terraform through its word start after the '.')
    f.put("azure-ad", r -> rnd(r, ALNUM, 3) + rnd(r, DIGITS, 1) + "Q~" + rnd(r, URLSAFE + "~.", 34));
    f.put("facebook", r -> rnd(r, DIGITS, 15 + r.nextInt(2)) + (r.nextBoolean() ? "|" : "%7C") + rnd(r, HEX, 32));
    f.put("maxmind", r -> rnd(r, ALNUM, 6) + "_" + rnd(r, ALNUM, 29) + "_mmk");
    f.put("hashicorp-tf", r -> rnd(r, LOWER + DIGITS, 14) + ".atlasv1." + rnd(r, URLSAFE, 67));
    return f;
  }

  private static final String[] PLACES = {
    "export TOKEN=%s", "api_token = \"%s\"", "{\"key\": \"%s\", \"env\": \"prod\"}", "  token: '%s'\n  region: eu",
    "Here is my key %s, please check why it fails.", "curl -H 'Authorization: Bearer %s' https://api.example.com",
    "https://api.example.com/v1/items?token=%s&page=2", "const key = `%s`;", "(%s)", "KEY=%s\nOTHER=1",
  };

  @Test
  void everyProviderFormatIsFoundInEveryPlace() {
    SecretDetector detector = SecretDetector.all();
    Random r = new Random(2026);
    Map<String, int[]> recall = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    formats().forEach((provider, gen) -> {
      int[] c = new int[2];
      for (int k = 0; k < 40; k++) {
        String token = gen.make(r);
        String text = String.format(Locale.ROOT, PLACES[k % PLACES.length], token);
        int at = text.indexOf(token);
        boolean found = detector.detect(text).stream().anyMatch(m -> m.start() <= at && m.end() >= at + token.length());
        c[found ? 0 : 1]++;
        if (!found && misses.size() < 20) {
          misses.add(provider + ": " + text + " -> " + detector.detect(text));
        }
      }
      recall.put(provider, c);
    });
    recall.forEach((p, c) -> System.out.printf(Locale.ROOT, "provider tokens %-22s recall %.3f (%d/%d)%n", p,
        (double) c[0] / (c[0] + c[1]), c[0], c[0] + c[1]));
    System.out.println("providers: " + recall.size());
    recall.forEach((p, c) -> assertThat((double) c[0] / (c[0] + c[1])).as(p + " recall; misses " + misses)
        .isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void lookAlikesAreNotSecrets() {
    SecretDetector detector = SecretDetector.all();
    Random r = new Random(99);
    List<String> negatives = new ArrayList<>(List.of(
        "password = os.getenv(\"DB_PASSWORD\")",
        "secret = os.environ['APP_SECRET']",
        "api_key = System.getenv(\"API_KEY\");",
        "token: ${GITHUB_TOKEN}",
        "https://example.com/login?password=my-client-password&code=abc",
        "password = config.database.password",
        "Set STRIPE_KEY to sk_live_xxxxxxxxxxxxxxxxxxxxxxxx in production.",
        "See https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html for glpat- tokens.",
        "The npm_ prefix marks npm tokens; ours look like npm_<36 chars>.",
        "skeleton_key_holder and mask_ground are not tokens",
        "hf_hub_download(repo_id=\"gpt2\")",
        "The class ghp_Helper handles it.",
        "task SKU SK-1234 shipped",
        "AKIA is the prefix of AWS key ids.",
        "use pk_ and sk_ prefixes for publishable and secret keys",
        "dapi is short for Databricks API",
        // session 9: the gitleaks-breadth rules (provider named by the variable, prefixes, logins)
        "ASANA_WORKSPACE = \"engineering-team-workspace\"",
        "twitter_handle: @agentruntime_dev",
        "DATADOG_SITE=datadoghq.eu",
        "SLACK_CHANNEL: #deployments-production",
        "NEW_FILE_PATH=/usr/share/doc/agent-runtime/README.md",
        "global_timeout = 30000000000000ms",
        "linear_layer_weights = model.layers[3].weight",
        "The pattern path patch patient pathological matches nothing.",
        "value = s.substring(0, 24) + s.length()",
        "Connect with postgres://app:password@localhost:5432/orders",
        "Connect with postgres://app:${DB_PASSWORD}@db:5432/orders",
        "curl -u user:pass https://example.com",
        "curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com",
        "Authorization: Bearer <your token here>",
        "password=$DB_PASSWORD",
        "see https://docs.example.com:8443/api/v2?page=2 for the list",
        "sha256~ is how OpenShift tokens start",
        "sc_config.setValue(42)",
        // near the infix formats: a Windows short name, a table of ids, an encoded list, a snake_case name
        "C:\\PROGRA~1\\Vendor\\bin and ~/projects/app",
        "| 1234567890123456 | 2024-01-01 | shipped |",
        "ids=123456789012345%2C234567890123456%2C345678901234567",
        "call order_totals_by_region_and_month_for_mmk(x) first",
        "version 2.1.0.atlasv1.txt is the old name"));
    // wrong lengths and wrong alphabets of real prefixes
    negatives.add("token glpat-" + rnd(r, URLSAFE, 12));
    negatives.add("id npm_" + rnd(r, ALNUM, 20));
    negatives.add("ref dop_v1_" + rnd(r, "ghijklmnopqrstuvwxyz", 64));
    negatives.add("x shpat_" + rnd(r, "ghijklmnopqrstuvwxyz", 32));
    negatives.add("hash SK" + rnd(r, "ghijklmnopqrstuvwxyz", 32));
    negatives.add("word mySG." + rnd(r, URLSAFE, 22) + "." + rnd(r, URLSAFE, 43));
    negatives.add("ghp_" + rnd(r, ALNUM, 20));
    negatives.add("label AGE-SECRET-KEY-1" + rnd(r, "bio", 58));
    List<String> hits = new ArrayList<>();
    for (String n : negatives) {
      if (!detector.detect(n).isEmpty()) {
        hits.add(n + " -> " + detector.detect(n));
      }
    }
    System.out.println("provider look-alikes: " + negatives.size() + " texts, hits " + hits.size());
    assertThat(hits).isEmpty();
  }

  @Test
  void aPemBlockAssignedToAVariableIsRedactedWhole() {
    String key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oo1ahn2Jo3xWoAoGCCqGSM49\n"
        + "AwEHoUQDQgAE3tR1lmjjVdbQbQfBt6PWNk2Zf6e2vY0fEq9kd5V3NjM5lKO3NRcS\nxYz3AvJsZ5lPgAW6/Tm6TUkPq4vWEU7pfw==\n"
        + "-----END EC PRIVATE KEY-----";
    String text = "var SECRET = `" + key + "`;\nconsole.log('ok');";
    List<SecretMatch> found = SecretDetector.all().detect(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).type()).isEqualTo(SecretType.PRIVATE_KEY);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(key);
    String json = "{\"private_key\": \"" + key.replace("\n", "\\n") + "\"}";
    List<SecretMatch> inJson = SecretDetector.all().detect(json);
    assertThat(inJson).extracting(SecretMatch::type).contains(SecretType.PRIVATE_KEY);
  }
}
