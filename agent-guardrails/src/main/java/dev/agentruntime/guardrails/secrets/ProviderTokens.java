package dev.agentruntime.guardrails.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens of the many providers whose keys carry a fixed prefix (GitLab {@code glpat-}, SendGrid
 * {@code SG.}, npm {@code npm_}, ...), following each vendor's documented format and the provider
 * list of gitleaks' rule set.
 *
 * <p>Overview: a keyword prefilter first — every prefix starts a word, so the scan ({@code
 * SecretScan}) finds the word starts eight bytes at a time; at each, a hashed bit of the first three chars
 * and a table of the first two tell whether a known prefix can begin there; only there are the
 * prefixes compared, and the provider's bounded possessive pattern is tried on a short region.
 * So the scan stays linear and fast however many providers are listed. The table is data: add a
 * line to {@link #RULES} for a new provider.
 */
final class ProviderTokens {

  /**
   * One provider format: a literal prefix and the pattern of the whole token, which starts {@code
   * back} chars before the prefix (0 for almost every provider: the token starts with its prefix).
   */
  record Rule(String provider, String prefix, Pattern pattern, int maxLength, int back) {
    Rule(String provider, String prefix, Pattern pattern, int maxLength) {
      this(provider, prefix, pattern, maxLength, 0);
    }
  }

  private static final String END = "(?![A-Za-z0-9_-])";

  /** Authress service client access keys: id, region part, "acc", account, secret (gitleaks' format) */
  private static final String AUTHRESS = "(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}+\\.[A-Za-z0-9]{4,6}+\\.acc[_-]"
      + "[A-Za-z0-9-]{10,32}+\\.[A-Za-z0-9+/_=-]{30,120}+(?![A-Za-z0-9+/_=-])";

  /** provider, literal prefix, pattern of the whole token (starting with the prefix), maximum length */
  static final List<Rule> RULES = List.of(
      rule("gitlab", "glpat-", "glpat-[A-Za-z0-9_-]{20,}+(?:\\.[0-9a-z]{9}+)?+" + END, 320),
      rule("gitlab", "glptt-", "glptt-[0-9a-f]{40}+" + END, 60),
      rule("gitlab", "gldt-", "gldt-[A-Za-z0-9_-]{20,}+" + END, 80),
      rule("gitlab", "glrt-", "glrt-[A-Za-z0-9_-]{20,}+(?:\\.[0-9a-z]{9}+)?+" + END, 320),
      rule("gitlab", "glsoat-", "glsoat-[A-Za-z0-9_-]{20,}+" + END, 80),
      rule("gitlab", "glcbt-", "glcbt-[0-9a-zA-Z]{1,5}+_[A-Za-z0-9_-]{20}+" + END, 80),
      rule("gitlab", "glffct-", "glffct-[A-Za-z0-9_-]{20}+" + END, 60),
      rule("gitlab", "_gitlab_session=", "_gitlab_session=[0-9a-z]{32}+" + END, 60),
      rule("gitlab", "glft-", "glft-[A-Za-z0-9_-]{20}+" + END, 60),
      rule("gitlab", "glimt-", "glimt-[A-Za-z0-9_-]{25}+" + END, 60),
      rule("gitlab", "glagent-", "glagent-[A-Za-z0-9_-]{50,}+" + END, 120),
      rule("gitlab", "gloas-", "gloas-[A-Za-z0-9_-]{64}+" + END, 80),
      rule("gitlab", "GR1348941", "GR1348941[A-Za-z0-9_-]{20}+" + END, 40),
      rule("sendgrid", "SG.", "SG\\.[A-Za-z0-9_-]{22}+\\.[A-Za-z0-9_-]{43}+" + END, 80),
      rule("npm", "npm_", "npm_[A-Za-z0-9]{36}+" + END, 50),
      rule("pypi", "pypi-AgEIcHlwaS5vcmc", "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}+" + END, 1100),
      rule("rubygems", "rubygems_", "rubygems_[a-f0-9]{48}+" + END, 60),
      rule("clojars", "CLOJARS_", "CLOJARS_[a-zA-Z0-9]{60}+" + END, 70),
      rule("digitalocean", "dop_v1_", "dop_v1_[a-f0-9]{64}+" + END, 80),
      rule("digitalocean", "doo_v1_", "doo_v1_[a-f0-9]{64}+" + END, 80),
      rule("digitalocean", "dor_v1_", "dor_v1_[a-f0-9]{64}+" + END, 80),
      rule("shopify", "shpat_", "shpat_[a-fA-F0-9]{32}+" + END, 40),
      rule("shopify", "shpca_", "shpca_[a-fA-F0-9]{32}+" + END, 40),
      rule("shopify", "shppa_", "shppa_[a-fA-F0-9]{32}+" + END, 40),
      rule("shopify", "shpss_", "shpss_[a-fA-F0-9]{32}+" + END, 40),
      rule("huggingface", "hf_", "hf_[A-Za-z]{34}+" + END, 40),
      rule("huggingface", "api_org_", "api_org_[A-Za-z]{34}+" + END, 45),
      rule("databricks", "dapi", "dapi[a-f0-9]{32}+(?:-\\d)?+" + END, 40),
      rule("doppler", "dp.pt.", "dp\\.pt\\.[A-Za-z0-9]{43}+" + END, 50),
      rule("doppler", "dp.st.", "dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?+[A-Za-z0-9]{40,44}+" + END, 90),
      rule("dynatrace", "dt0c01.", "dt0c01\\.[A-Za-z0-9]{24}+\\.[A-Za-z0-9]{64}+" + END, 100),
      rule("grafana", "glc_", "glc_[A-Za-z0-9+/]{32,400}+={0,3}+" + END, 410),
      rule("grafana", "eyJrIjoi", "eyJrIjoi[A-Za-z0-9]{70,400}+={0,3}+" + END, 420),
      rule("grafana", "glsa_", "glsa_[A-Za-z0-9]{32}+_[A-Fa-f0-9]{8}+" + END, 50),
      rule("hashicorp-vault", "hvs.", "hvs\\.[A-Za-z0-9_-]{90,120}+" + END, 130),
      rule("hashicorp-vault", "hvb.", "hvb\\.[A-Za-z0-9_-]{138,300}+" + END, 310),
      rule("linear", "lin_api_", "lin_api_[A-Za-z0-9]{40}+" + END, 50),
      rule("newrelic", "NRAK-", "NRAK-[A-Z0-9]{27}+" + END, 40),
      rule("newrelic", "NRJS-", "NRJS-[a-f0-9]{19}+" + END, 30),
      rule("newrelic", "NRII-", "NRII-[A-Za-z0-9_-]{32}+" + END, 40),
      rule("notion", "ntn_", "ntn_[0-9]{11}+[A-Za-z0-9]{35}+" + END, 55),
      rule("notion", "secret_", "secret_[A-Za-z0-9]{43}+" + END, 55),
      rule("postman", "PMAK-", "PMAK-[a-f0-9]{24}+-[a-f0-9]{34}+" + END, 70),
      rule("pulumi", "pul-", "pul-[a-f0-9]{40}+" + END, 50),
      rule("sentry", "sntrys_", "sntrys_eyJ[A-Za-z0-9+/=_-]{50,500}+" + END, 520),
      rule("sentry", "sntryu_", "sntryu_[a-f0-9]{64}+" + END, 75),
      rule("square", "sq0atp-", "sq0atp-[A-Za-z0-9_-]{22,60}+" + END, 70),
      rule("square", "sq0csp-", "sq0csp-[A-Za-z0-9_-]{43}+" + END, 55),
      rule("square", "EAAA", "EAAA[A-Za-z0-9_+=-]{22,60}+" + END, 70),
      rule("atlassian", "ATATT3", "ATATT3[A-Za-z0-9_=-]{186}+" + END, 200),
      rule("age", "AGE-SECRET-KEY-1", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}+" + END, 80),
      rule("alibaba", "LTAI", "LTAI[A-Za-z0-9]{20}+" + END, 30),
      rule("flyio", "fo1_", "fo1_[A-Za-z0-9_-]{43}+" + END, 50),
      rule("frameio", "fio-u-", "fio-u-[A-Za-z0-9_=-]{64}+" + END, 75),
      rule("flutterwave", "FLWSECK_TEST-", "FLWSECK_TEST-[a-hA-H0-9]{12}+(?:[a-hA-H0-9]{20}+-X)?+" + END, 50),
      rule("flutterwave", "FLWPUBK_TEST-", "FLWPUBK_TEST-[a-hA-H0-9]{32}+-X" + END, 50),
      rule("cloudflare", "v1.0-", "v1\\.0-[a-f0-9]{24}+-[a-f0-9]{146}+" + END, 180),
      rule("adobe", "p8e-", "p8e-[A-Za-z0-9]{32}+" + END, 40),
      rule("google-oauth", "GOCSPX-", "GOCSPX-[A-Za-z0-9_-]{28}+" + END, 40),
      rule("google-oauth", "ya29.", "ya29\\.[A-Za-z0-9_-]{30,}+" + END, 2100),
      rule("groq", "gsk_", "gsk_[A-Za-z0-9]{52}+" + END, 60),
      rule("perplexity", "pplx-", "pplx-[A-Za-z0-9]{48}+" + END, 60),
      rule("xai", "xai-", "xai-[A-Za-z0-9]{80}+" + END, 90),
      rule("replicate", "r8_", "r8_[A-Za-z0-9]{37}+" + END, 45),
      rule("heroku", "HRKU-", "HRKU-[A-Za-z0-9_-]{60}+" + END, 70),
      rule("infracost", "ico-", "ico-[A-Za-z0-9]{32}+" + END, 40),
      rule("planetscale", "pscale_tkn_", "pscale_tkn_[A-Za-z0-9_=.-]{32,64}+" + END, 80),
      rule("planetscale", "pscale_pw_", "pscale_pw_[A-Za-z0-9_=.-]{32,64}+" + END, 80),
      rule("planetscale", "pscale_oauth_", "pscale_oauth_[A-Za-z0-9_=.-]{32,64}+" + END, 80),
      rule("prefect", "pnu_", "pnu_[A-Za-z0-9]{36}+" + END, 45),
      rule("readme", "rdme_", "rdme_[a-z0-9]{70}+" + END, 80),
      rule("scalingo", "tk-us-", "tk-us-[A-Za-z0-9_-]{48}+" + END, 60),
      rule("shippo", "shippo_", "shippo_(?:live|test)_[a-fA-F0-9]{40}+" + END, 55),
      rule("typeform", "tfp_", "tfp_[A-Za-z0-9_=.-]{59}+" + END, 70),
      rule("easypost", "EZAK", "EZAK[A-Za-z0-9]{54}+" + END, 60),
      rule("easypost", "EZTK", "EZTK[A-Za-z0-9]{54}+" + END, 60),
      rule("duffel", "duffel_", "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}+" + END, 60),
      rule("dropbox", "sl.", "sl\\.[A-Za-z0-9_=-]{135,}+" + END, 1400),
      rule("onepassword", "ops_eyJ", "ops_eyJ[A-Za-z0-9+/]{250,}+={0,3}+" + END, 2000),
      rule("harness", "pat.", "pat\\.[A-Za-z0-9_-]{22}+\\.[A-Za-z0-9]{24}+\\.[A-Za-z0-9]{20}+" + END, 80),
      rule("harness", "sat.", "sat\\.[A-Za-z0-9_-]{22}+\\.[A-Za-z0-9]{24}+\\.[A-Za-z0-9]{20}+" + END, 80),
      rule("azure-storage", "AccountKey=", "AccountKey=[A-Za-z0-9+/]{86}+==", 100),
      rule("discord", "discord.com/api/webhooks/", "discord\\.com/api/webhooks/[0-9]{17,20}+/[A-Za-z0-9_-]{60,80}+", 130),
      rule("discord", "discordapp.com/api/webhooks/",
          "discordapp\\.com/api/webhooks/[0-9]{17,20}+/[A-Za-z0-9_-]{60,80}+", 140),
      rule("microsoft-teams", "webhook.office.com/webhookb2/",
          "webhook\\.office\\.com/webhookb2/[a-z0-9-]{36}+@[a-z0-9-]{36}+/IncomingWebhook/[a-z0-9]{32}+/[a-z0-9-]{36}+",
          260),
      rule("twilio", "SK", "SK[0-9a-fA-F]{32}+" + END, 40),
      rule("stripe-webhook", "whsec_", "whsec_[A-Za-z0-9+/=]{32,}+" + END, 120),
      rule("stripe-publishable", "pk_live_", "pk_live_[A-Za-z0-9]{10,247}+" + END, 260),
      rule("stripe-publishable", "pk_test_", "pk_test_[A-Za-z0-9]{10,247}+" + END, 260),
      rule("slack-app", "xapp-", "xapp-\\d-[A-Z0-9]{9,12}+-\\d{10,13}+-[a-z0-9]{60,70}+" + END, 110),
      rule("slack-config", "xoxe.xox", "xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{163,166}+" + END, 180),
      rule("slack-config", "xoxe-", "xoxe-\\d-[A-Za-z0-9]{146}+" + END, 160),
      rule("mapbox", "sk.eyJ", "sk\\.eyJ[A-Za-z0-9_-]{50,200}+\\.[A-Za-z0-9_-]{22}+" + END, 240),
      rule("octopus-deploy", "API-", "API-[A-Z0-9]{26}+" + END, 32),
      rule("openai-admin", "sk-admin-", "sk-admin-[A-Za-z0-9_-]{20,200}+" + END, 220),
      rule("anthropic", "sk-ant-", "sk-ant-(?:api|admin|oat)\\d\\d-[A-Za-z0-9_-]{80,120}+" + END, 140),
      // from gitleaks' rule set (session 9): providers with a prefix of their own
      rule("onepassword", "A3-",
          "A3-[A-Z0-9]{6}+-(?:[A-Z0-9]{11}+|[A-Z0-9]{6}+-[A-Z0-9]{5}+)-[A-Z0-9]{5}+-[A-Z0-9]{5}+-[A-Z0-9]{5}+" + END, 50),
      rule("airtable", "pat", "pat[A-Za-z0-9]{14}+\\.[a-f0-9]{64}+" + END, 90),
      rule("artifactory", "AKCp", "AKCp[A-Za-z0-9]{69}+" + END, 80),
      rule("artifactory", "cmVmd", "cmVmd[A-Za-z0-9]{59}+" + END, 70),
      rule("authress", "sc_", AUTHRESS, 200),
      rule("authress", "ext_", AUTHRESS, 200),
      rule("authress", "scauth_", AUTHRESS, 200),
      rule("authress", "authress_", AUTHRESS, 210),
      rule("aws-bedrock", "ABSK", "ABSK[A-Za-z0-9+/]{109,269}+={0,2}+" + END, 280),
      rule("aws-bedrock", "bedrock-api-key-",
          "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%&_-]{0,2000}+", 2100),
      // a JWT written in base64 once more ({"alg" ... -> ZXlK...)
      rule("jwt-base64", "ZXlK", "ZXlK[A-Za-z0-9+/_-]{40,}+={0,2}+(?![A-Za-z0-9+/=_-])", 8000),
      rule("clickhouse", "4b1d", "4b1d[A-Za-z0-9]{38}+" + END, 50),
      rule("facebook", "EAAM", "EAAM[A-Za-z0-9]{100,}+" + END, 1000),
      rule("facebook", "EAAC", "EAAC[A-Za-z0-9]{100,}+" + END, 1000),
      rule("flyio", "fm1a_", "fm1a_[A-Za-z0-9+/]{100,}+={0,3}+" + END, 2000),
      rule("flyio", "fm1r_", "fm1r_[A-Za-z0-9+/]{100,}+={0,3}+" + END, 2000),
      rule("flyio", "fm2_", "fm2_[A-Za-z0-9+/]{100,}+={0,3}+" + END, 2000),
      rule("intra42", "s-s4t2", "s-s4t2(?:ud|af)-[a-fA-F0-9]{64}+" + END, 80),
      rule("openshift", "sha256~", "sha256~[A-Za-z0-9_-]{43}+" + END, 60),
      rule("sendinblue", "xkeysib-", "xkeysib-[a-f0-9]{64}+-[A-Za-z0-9]{16}+" + END, 100),
      rule("settlemint", "sm_aat_", "sm_aat_[A-Za-z0-9]{16}+" + END, 30),
      rule("settlemint", "sm_pat_", "sm_pat_[A-Za-z0-9]{16}+" + END, 30),
      rule("settlemint", "sm_sat_", "sm_sat_[A-Za-z0-9]{16}+" + END, 30),
      rule("slack-legacy", "xoxa-", "xoxa-(?:\\d-)?+[0-9A-Za-z]{8,48}+" + END, 60),
      rule("slack-legacy", "xoxr-", "xoxr-(?:\\d-)?+[0-9A-Za-z]{8,48}+" + END, 60),
      // Terraform Cloud / Enterprise: a 14-char id, then ".atlasv1." (a word start) and the token
      new Rule("hashicorp-tf", "atlasv1.", Pattern.compile("[A-Za-z0-9]{14}+\\.atlasv1\\.[A-Za-z0-9_=-]{60,}+"), 330, 15),
      rule("sourcegraph", "sgp_", "sgp_(?:(?:[a-fA-F0-9]{16}+|local)_)?+[a-fA-F0-9]{40}+" + END, 70),
      // legacy Vault service tokens: s. and 24 letters and digits (both, so identifiers do not count)
      rule("hashicorp-vault", "s.", "s\\.(?=[A-Za-z]{0,23}+[0-9])(?=[0-9]{0,23}+[A-Za-z])[A-Za-z0-9]{24}+(?![A-Za-z0-9_.-])", 30))
;

  private static Rule rule(String provider, String prefix, String regex, int maxLength) {
    return new Rule(provider, prefix, Pattern.compile(regex), maxLength);
  }

  /** per pair of Latin-1 chars (c << 8 | next): the rules whose prefix starts with it */
  private static final Rule[][] BY_PAIR = new Rule[1 << 16][];

  /** the same pairs as one bit each (8 KB: stays in the L1 cache, unlike the 64k-entry table) */
  private static final long[] PAIR_BITS = new long[1 << 10];

  static {
    for (Rule r : RULES) {
      if (!word(r.prefix().charAt(0))) {
        // the scan looks only at word starts (find)
        throw new ExceptionInInitializerError("prefix " + r.prefix() + " must start with a word char");
      }
      int key = r.prefix().charAt(0) << 8 | r.prefix().charAt(1);
      PAIR_BITS[key >>> 6] |= 1L << key;
      Rule[] old = BY_PAIR[key];
      Rule[] now = old == null ? new Rule[1] : java.util.Arrays.copyOf(old, old.length + 1);
      now[now.length - 1] = r;
      BY_PAIR[key] = now;
    }
  }

  /** log2 of the bits of {@link #TRIPLES} */
  private static final int TRIPLE_BITS = 16;
  /**
   * The first three chars of every prefix, hashed to one bit each (8 KB: stays in the L1 cache): a
   * prefilter read before the pair table, so ordinary words that share a prefix's first two chars
   * ("se" in "send", "pa" in "page") rarely get further. A prefix of two chars sets the bit of
   * every third char.
   */
  private static final long[] TRIPLES = new long[1 << (TRIPLE_BITS - 6)];
  /** four bytes read as one little-endian int */
  private static final java.lang.invoke.VarHandle INTS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  static {
    for (Rule r : RULES) {
      String p = r.prefix();
      int pair = p.charAt(0) | p.charAt(1) << 8;
      if (p.length() >= 3) {
        setTriple(pair | p.charAt(2) << 16);
      } else {
        for (int third = 0; third < 256; third++) {
          setTriple(pair | third << 16);
        }
      }
    }
  }

  private static void setTriple(int triple) {
    int h = tripleHash(triple);
    TRIPLES[h >>> 6] |= 1L << h;
  }

  private static int tripleHash(int triple) {
    return (triple * 0x9E3779B1) >>> (32 - TRIPLE_BITS);
  }

  private ProviderTokens() {}

  /** A provider token found. */
  record Found(Rule rule, int start, int end) {}

  /**
   * @param s the text
   * @return the provider tokens in it, by position, not overlapping
   */
  static List<Found> find(String s) {
    return find(s, dev.agentruntime.guardrails.text.ScanBytes.of(s));
  }

  /**
   * @param s the text
   * @param b its bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @return the provider tokens in it, by position, not overlapping
   */
  static List<Found> find(String s, byte[] b) {
    return SecretScan.of(s, b).tokens;
  }

  /**
   * @param s the text
   * @param b its bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @param i a word start before the last char
   * @return the token whose prefix starts at i (the token starts there, or {@link Rule#back} chars
   *     before), or null
   */
  static Found at(String s, byte[] b, int i) {
    if (i <= s.length() - 4) {
      int h = tripleHash((int) INTS.get(b, i) & 0xFFFFFF); // the chars at i, i + 1, i + 2
      if ((TRIPLES[h >>> 6] >>> h & 1) == 0) {
        return null; // no prefix starts with these three chars (their bytes are the chars' own or not ASCII)
      }
    }
    return tokenAt(s, i);
  }

  /** @return the token whose prefix starts at i (a word start whose three chars pass the prefilter), or null */
  private static Found tokenAt(String s, int i) {
    char c = s.charAt(i);
    char d = s.charAt(i + 1);
    if ((c | d) >= 256) {
      return null;
    }
    int key = c << 8 | d;
    if ((PAIR_BITS[key >>> 6] >>> key & 1) == 0) {
      return null;
    }
    Rule[] rules = BY_PAIR[key];
    if (rules == null || (i > 0 && word(s.charAt(i - 1)))) {
      return null;
    }
    for (Rule r : rules) {
      int from = i - r.back();
      if (from < 0 || !s.startsWith(r.prefix(), i)) {
        continue;
      }
      Found f = match(r, s, from);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * @return the rule's token starting at from (its pattern tried on at most {@link Rule#maxLength}
   *     chars, seeing the chars around them), or null when it does not match or is a placeholder
   */
  static Found match(Rule r, String s, int from) {
    Matcher m = r.pattern().matcher(s);
    m.region(from, Math.min(s.length(), from + r.maxLength() + 1));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() && !SecretDetector.filler(s, from, m.end()) ? new Found(r, from, m.end()) : null;
  }

  private static boolean word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
