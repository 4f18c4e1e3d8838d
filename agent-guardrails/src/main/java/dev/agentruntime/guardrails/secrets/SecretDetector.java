package dev.agentruntime.guardrails.secrets;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.guardrails.internal.SharedScanBytes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in one pass: a switch on each word's first character picks the few formats
 * that can start there, and a bounded, possessive pattern is tried only on that short window, so
 * detection is linear in the text length. Assignments ({@code password=...}) count only when the
 * value looks random (Shannon entropy and character mix), so prose such as "password: see the
 * wiki" is not flagged; so do passwords handed to a command as options ({@code --password ...},
 * {@code mysql -p...}: {@link CommandLineSecrets}). Immutable and thread-safe.
 */
public final class SecretDetector {
  private static final Pattern AWS = Pattern.compile("(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}+(?![A-Za-z0-9])");
  private static final Pattern GOOGLE = Pattern.compile("AIza[A-Za-z0-9_-]{35}+(?![A-Za-z0-9_-])");
  private static final Pattern GITHUB =
      Pattern.compile("(?:ghs_[A-Za-z0-9_.=-]{36,2000}+|gh[pousr]_[A-Za-z0-9_]{36,251}+|github_pat_[A-Za-z0-9_]{82,}+)"
          + "(?![A-Za-z0-9_])");
  private static final Pattern ANTHROPIC =
      Pattern.compile("sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,120}+(?![A-Za-z0-9_-])");
  private static final Pattern OPENAI = Pattern.compile(
      "sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}+|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}+|[A-Za-z0-9]{48}+)(?![A-Za-z0-9_-])");
  private static final Pattern STRIPE = Pattern.compile("[sr]k_(?:test|live|prod)_[A-Za-z0-9]{10,99}+(?![A-Za-z0-9])");
  private static final Pattern SLACK = Pattern.compile(
      "xox[abposer]-(?:[0-9]{10,13}-){1,2}[A-Za-z0-9-]{8,80}+|xox[abposer]-[A-Za-z0-9-]{20,100}+");
  private static final Pattern SLACK_HOOK = Pattern.compile(
      "hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{30,100}+");
  private static final Pattern JWT = Pattern.compile(
      "eyJ[A-Za-z0-9_-]{10,2000}+\\.eyJ[A-Za-z0-9_-]{10,4000}+\\.[A-Za-z0-9_-]{10,1000}+={0,2}+");
  private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN[ A-Z0-9]{0,30}?PRIVATE KEY(?: BLOCK)?-----");

  private final Set<SecretType> types;
  private final double minEntropy;

  private SecretDetector(Set<SecretType> types, double minEntropy) {
    this.types = Set.copyOf(types);
    this.minEntropy = minEntropy;
  }

  /** @return a detector for every {@link SecretType}, entropy threshold 3.0 bits per char */
  public static SecretDetector all() {
    return new SecretDetector(EnumSet.allOf(SecretType.class), 3.0);
  }

  /**
   * @param types the kinds to find, not empty
   * @param minEntropy Shannon entropy (bits per char) an assigned value needs, 0..6
   * @return a detector
   */
  public static SecretDetector of(Set<SecretType> types, double minEntropy) {
    Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types must name at least one SecretType");
    }
    if (!(minEntropy >= 0 && minEntropy <= 6)) {
      throw new IllegalArgumentException("minEntropy must be within 0..6, was " + minEntropy);
    }
    return new SecretDetector(EnumSet.copyOf(types), minEntropy);
  }

  /**
   * @param text any text; null and empty give no matches
   * @return the credentials found, by position, not overlapping
   */
  public List<SecretMatch> detect(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    String s = text.toString();
    int n = s.length();
    boolean assignments = types.contains(SecretType.ASSIGNED_SECRET) || types.contains(SecretType.PROVIDER_TOKEN);
    List<SecretMatch> out = new ArrayList<>();
    int[] endMarker = {-2};
    byte[] b = SharedScanBytes.of(s);
    int last = n - 1;
    SecretScan scan = SecretScan.of(s, b);
    int i = 0;
    while (i < n) {
      // skip to the next char where something can start: '=' or ':', or a trigger char at a word
      // start followed by a char that can continue a credential (stopsAt), all found in one pass
      int stop = scan.nextStop(i);
      i = stop >= 0 ? stop : Math.max(i, last);
      int bits = i < last ? SCAN[b[i] & 0xFF] : 0;
      if (i == last) {
        bits = SCAN[b[i] & 0xFF]; // the last char: only an assignment operator matters there
        if ((bits & ASSIGN) == 0) {
          i = n;
        }
      }
      if (i >= n) {
        break;
      }
      char c = s.charAt(i);
      int end = -1;
      SecretType type = null;
      // only these chars can start a credential, and only at a word start
      if ((bits & TRIGGER) != 0) {
        switch (c) {
          case 'A':
            if (i + 4 < n && s.charAt(i + 1) == 'I' && s.charAt(i + 2) == 'z' && s.charAt(i + 3) == 'a') {
              end = match(GOOGLE, s, i, 40, SecretType.GOOGLE_API_KEY);
              type = SecretType.GOOGLE_API_KEY;
            } else if (i + 1 < n && "KSBC3".indexOf(s.charAt(i + 1)) >= 0) { // AKIA ASIA ABIA ACCA A3T
              end = match(AWS, s, i, 21, SecretType.AWS_ACCESS_KEY);
              type = SecretType.AWS_ACCESS_KEY;
            }
            break;
          case 'g':
            if (s.startsWith("gh", i) || s.startsWith("github_pat_", i)) {
              end = match(GITHUB, s, i, 2010, SecretType.GITHUB_TOKEN);
              type = SecretType.GITHUB_TOKEN;
            }
            break;
          case 's':
            if (s.startsWith("sk-ant-", i)) {
              end = match(ANTHROPIC, s, i, 140, SecretType.ANTHROPIC_KEY);
              type = SecretType.ANTHROPIC_KEY;
            } else if (s.startsWith("sk-", i)) {
              end = match(OPENAI, s, i, 220, SecretType.OPENAI_KEY);
              type = SecretType.OPENAI_KEY;
            } else if (s.startsWith("sk_", i)) {
              end = match(STRIPE, s, i, 110, SecretType.STRIPE_KEY);
              type = SecretType.STRIPE_KEY;
            }
            break;
          case 'r':
            if (s.startsWith("rk_", i)) {
              end = match(STRIPE, s, i, 110, SecretType.STRIPE_KEY);
              type = SecretType.STRIPE_KEY;
            }
            break;
          case 'x':
            if (s.startsWith("xox", i)) {
              end = match(SLACK, s, i, 140, SecretType.SLACK_TOKEN);
              type = SecretType.SLACK_TOKEN;
            }
            break;
          case 'h':
            if (s.startsWith("hooks.slack.com/", i)) {
              end = match(SLACK_HOOK, s, i, 130, SecretType.SLACK_TOKEN);
              type = SecretType.SLACK_TOKEN;
            }
            break;
          case 'e':
            if (s.startsWith("eyJ", i) && types.contains(SecretType.JWT)) {
              int seg = i + 3;
              while (seg < n && seg - i <= 2003 && isUrlSafe(s.charAt(seg))) {
                seg++;
              }
              if (seg >= n || s.charAt(seg) != '.') {
                // no JWT can start anywhere inside this run either: skip it whole (keeps scanning linear)
                i = seg;
                continue;
              }
              end = match(JWT, s, i, 7100, SecretType.JWT);
              type = SecretType.JWT;
            }
            break;
          case '-':
            SecretMatch dashed = dash(s, i, endMarker);
            if (dashed != null) {
              out.add(dashed);
              i = dashed.end();
              continue;
            }
            break;
          case '=':
          case ':':
            break;
          default:
            break;
        }
      }
      if (end < 0 && (c == '=' || c == ':') && assignments) {
        SecretMatch assigned = assignment(s, i);
        if (assigned != null) {
          out.add(assigned);
          i = assigned.end();
          continue;
        }
      }
      if (end > i) {
        out.add(new SecretMatch(type, i, end));
        i = end;
      } else {
        i++;
      }
    }
    return withProviderTokens(scan.tokens, out);
  }

  /** Adds the provider tokens ({@link ProviderTokens}) that no match above covers; a longer one wins. */
  private List<SecretMatch> withProviderTokens(List<ProviderTokens.Found> found, List<SecretMatch> out) {
    if (found.isEmpty()) {
      return out;
    }
    List<SecretMatch> merged = new ArrayList<>(out);
    for (ProviderTokens.Found f : found) {
      SecretType type = typeOf(f.rule().provider());
      if (!types.contains(type)) {
        continue;
      }
      SecretMatch m = new SecretMatch(type, f.start(), f.end(),
          type == SecretType.PROVIDER_TOKEN ? f.rule().provider() : type.name().toLowerCase(Locale.ROOT));
      boolean keep = true;
      for (int k = 0; k < merged.size(); k++) {
        SecretMatch o = merged.get(k);
        if (o.start() < m.end() && m.start() < o.end()) {
          if (m.end() - m.start() > o.end() - o.start()) {
            merged.remove(k--);
          } else {
            keep = false;
          }
        }
      }
      if (keep) {
        merged.add(m);
      }
    }
    merged.sort(java.util.Comparator.comparingInt(SecretMatch::start));
    return merged;
  }

  private static SecretType typeOf(String provider) {
    switch (provider) {
      case "stripe-webhook":
      case "stripe-publishable":
        return SecretType.STRIPE_KEY;
      case "slack-app":
      case "slack-config":
        return SecretType.SLACK_TOKEN;
      case "openai-admin":
        return SecretType.OPENAI_KEY;
      case "anthropic":
        return SecretType.ANTHROPIC_KEY;
      case "jwt-base64":
        return SecretType.JWT;
      default:
        return SecretType.PROVIDER_TOKEN;
    }
  }

  /**
   * @param text any text
   * @return whether the text contains a credential
   */
  public boolean containsSecret(CharSequence text) {
    return !detect(text).isEmpty();
  }

  private int match(Pattern p, String s, int i, int maxLen, SecretType type) {
    if (!types.contains(type)) {
      return -1;
    }
    Matcher m = p.matcher(s);
    m.region(i, Math.min(s.length(), i + maxLen + 1));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() && !filler(s, i, m.end()) ? m.end() : -1;
  }

  /**
   * @return whether s[from, to) has a run of eight equal chars: a documentation placeholder such as
   *     {@code sk_live_xxxxxxxx...}, never a random token
   */
  static boolean filler(String s, int from, int to) {
    int run = 1;
    for (int i = from + 1; i < to; i++) {
      run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
      if (run >= 8) {
        return true;
      }
    }
    return false;
  }

  /** endMarker caches the next "-----END" at or after a position, so many headers stay linear. */
  private int privateKey(String s, int i, int[] endMarker) {
    if (!types.contains(SecretType.PRIVATE_KEY)) {
      return -1;
    }
    Matcher m = PEM_BEGIN.matcher(s);
    m.region(i, Math.min(s.length(), i + 80));
    if (!m.lookingAt()) {
      return -1;
    }
    int bodyStart = m.end();
    if (endMarker[0] == -2 || (endMarker[0] >= 0 && endMarker[0] < bodyStart)) {
      endMarker[0] = s.indexOf("-----END", bodyStart);
    }
    int endAt = endMarker[0];
    if (endAt < 0 || endAt - bodyStart > 20_000) {
      // no end in sight: redact the header and what looks like base64 after it
      int k = bodyStart;
      while (k < s.length() && k - bodyStart < 20_000 && (isBase64(s.charAt(k)) || Character.isWhitespace(s.charAt(k)))) {
        k++;
      }
      return k - bodyStart >= 64 ? k : -1;
    }
    int close = s.indexOf("-----", endAt + 8);
    return close < 0 || close - endAt > 60 ? endAt + 8 : close + 5;
  }

  private static boolean isUrlSafe(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
  }

  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      WORD[c] = true;
      WORD[c - 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      WORD[c] = true;
    }
    WORD['_'] = true;
  }

  private static final int WORD_BIT = 1;
  private static final int TRIGGER = 2;
  private static final int ASSIGN = 4;
  /**
   * per Latin-1 char: word char, can start a credential (A g s r x h e -), assignment operator (=
   * :); 0 from 0x80 on
   */
  private static final byte[] SCAN = new byte[256];

  static {
    for (int c = 0; c < 128; c++) {
      SCAN[c] = (byte) (WORD[c] ? WORD_BIT : 0);
    }
    for (char c : "Agsrxhe-".toCharArray()) {
      SCAN[c] |= TRIGGER;
    }
    SCAN['='] |= ASSIGN;
    SCAN[':'] |= ASSIGN;
  }

  /** per Latin-1 char: its bit in {@link #SECOND} when it is a trigger char, else 0 */
  private static final int[] TRIGGER_BIT = new int[256];
  /**
   * per ASCII char: the bits of the trigger chars after which it can come as the second char of a
   * credential (AIza AKIA ASIA ABIA ACCA A3T, gh github_pat_, sk-, rk_, xox, hooks.slack.com,
   * eyJ, -----BEGIN, and the command-line options --name, -p, -a); any other second char makes the
   * switch in {@link #detect} do nothing
   */
  private static final int[] SECOND = new int[256];

  static {
    String triggers = "Agsrxhe-";
    String[] seconds = {"IKSBC3", "hi", "k", "k", "o", "o", "y", "-pa"};
    for (int k = 0; k < triggers.length(); k++) {
      TRIGGER_BIT[triggers.charAt(k)] = 1 << k;
      for (char c : seconds[k].toCharArray()) {
        SECOND[c] |= 1 << k;
      }
    }
  }

  /**
   * per pair of Latin-1 chars {@code c | next << 8}, one bit: set when c is an assignment operator,
   * or a trigger char after which next can come as a credential's second char (a word start is
   * checked separately)
   */
  private static final long[] PAIRS = new long[1 << 10];

  static {
    for (int c = 0; c < 256; c++) {
      for (int next = 0; next < 256; next++) {
        if ((SCAN[c] & ASSIGN) != 0 || (TRIGGER_BIT[c] & SECOND[next]) != 0) {
          int pair = c | next << 8;
          PAIRS[pair >>> 6] |= 1L << pair;
        }
      }
    }
  }

  /**
   * @param b the byte copy of a text
   * @param i a position before its last char
   * @return whether the main scan stops at i: an assignment operator ('=' or ':'), or a trigger
   *     char followed by a char that can continue a credential, at a word start unless it is '-'
   *     (a PEM block counts wherever it starts, after a literal \\n in JSON, say). The pair of the
   *     char and the next is looked up in one bit table; only for the rare pair that can start a
   *     credential is the char before checked.
   */
  static boolean stopsAt(byte[] b, int i) {
    int pair = (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    if ((PAIRS[pair >>> 6] >>> pair & 1) == 0) {
      return false;
    }
    return (SCAN[pair & 0xFF] & ASSIGN) != 0 || i == 0 || (SCAN[b[i - 1] & 0xFF] & WORD_BIT) == 0 || b[i] == '-';
  }

  private static boolean isWordChar(char c) {
    return c < 128 && WORD[c];
  }

  /**
   * @return the secret assigned by the operator at op, or null: a provider's key when the variable
   *     names the provider and the value has its format ({@link ProviderAssignments}), else a random
   *     looking value of a variable named like a secret
   */
  private SecretMatch assignment(String s, int op) {
    int n = s.length();
    // key: identifier before the operator, skipping quotes and spaces (bounded)
    int k = op - 1;
    while (k >= 0 && op - k <= 3 && (s.charAt(k) == ' ' || s.charAt(k) == '"' || s.charAt(k) == '\'' || s.charAt(k) == ':')) {
      k--;
    }
    int keyEnd = k + 1;
    while (k >= 0 && keyEnd - k <= 40 && (isWordChar(s.charAt(k)) || s.charAt(k) == '-' || s.charAt(k) == '.')) {
      k--;
    }
    int keyStart = k + 1;
    if (types.contains(SecretType.ASSIGNED_SECRET) && s.charAt(op) == ':' && keyEnd == op && keyStart > 0) {
      if (keyStart >= 2 && s.charAt(keyStart - 1) == '/' && s.charAt(keyStart - 2) == '/') {
        return urlPassword(s, keyStart, op); // scheme://user:password@host
      }
      if (curlUser(s, keyStart)) {
        return loginPassword(s, keyStart, op); // curl -u user:password
      }
    }
    if (keyEnd - keyStart < 3 || (s.charAt(op) == ':' && keyStart > 0 && s.charAt(keyStart - 1) == ':')) {
      return null; // too short a name, or a part of a colon-separated name ("arn:aws:secretsmanager:...:secret:prod/db")
    }
    String name = s.substring(keyStart, keyEnd);
    String key = name.toLowerCase(Locale.ROOT);
    boolean secretKey = types.contains(SecretType.ASSIGNED_SECRET) && SecretNames.namesSecret(name);
    boolean providerKey = types.contains(SecretType.PROVIDER_TOKEN) && ProviderAssignments.mayName(key);
    if (!secretKey && !providerKey) {
      return null;
    }
    int v = op + 1;
    if (v < n && (s.charAt(v) == '=' || s.charAt(v) == '>')) {
      v++;
    }
    while (v < n && v - op <= 6 && (s.charAt(v) == ' ' || s.charAt(v) == '\t')) {
      v++;
    }
    char quote = 0;
    if (v < n && (s.charAt(v) == '"' || s.charAt(v) == '\'' || s.charAt(v) == '`')) {
      quote = s.charAt(v);
      v++;
    }
    if (secretKey && key.endsWith("authorization")) {
      v = afterScheme(s, v); // Authorization: Bearer <token> / Basic <base64> / Token <token>
    }
    if (s.startsWith("-----BEGIN", v)) {
      return null; // a PEM block assigned to a variable: redacted whole by the PEM rule
    }
    int e = v;
    while (e < n && e - v <= 200) {
      char c = s.charAt(e);
      if (quote != 0 ? c == quote || c == '\n' : Character.isWhitespace(c) || c == ',' || c == ';' || c == '"' || c == '\''
          || (c == '&' && queryParameter(s, e + 1)) || (c == '=' && e + 1 < n && isWordChar(s.charAt(e + 1)))) {
        break; // an unquoted value ends before the next "key=" (base64 padding "==" stays)
      }
      e++;
    }
    if (quote == 0) {
      while (e > v && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == ')')) {
        e--;
      }
    }
    int len = e - v;
    if (len < 8 || len > 200) {
      return null;
    }
    String value = s.substring(v, e);
    if (placeholder(value) || (quote == 0 && expression(value))) {
      return null;
    }
    ProviderAssignments.Rule provider = providerKey ? ProviderAssignments.match(name, key, value) : null;
    if (provider != null) {
      return new SecretMatch(SecretType.PROVIDER_TOKEN, v, e, provider.provider());
    }
    return secretKey && randomLooking(value) ? new SecretMatch(SecretType.ASSIGNED_SECRET, v, e) : null;
  }

  /** @return a private key's PEM block or a command-line option's password starting at the '-' at i, or null */
  private SecretMatch dash(String s, int i, int[] endMarker) {
    if (s.startsWith("-----BEGIN", i)) {
      int end = privateKey(s, i, endMarker);
      return end > i ? new SecretMatch(SecretType.PRIVATE_KEY, i, end) : null;
    }
    return types.contains(SecretType.ASSIGNED_SECRET) && optionStart(s, i) ? commandLineOption(s, i) : null;
  }

  /** @return whether the '-' at i can start a command-line option: after a space, tab, line start or quote */
  private static boolean optionStart(String s, int i) {
    if (i == 0) {
      return true;
    }
    char c = s.charAt(i - 1);
    return c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'';
  }

  /** @return the password or token the option at i hands a command ({@link CommandLineSecrets}), or null */
  private SecretMatch commandLineOption(String s, int i) {
    long range = CommandLineSecrets.valueAt(s, i);
    if (range < 0) {
      return null;
    }
    int v = (int) (range >>> 32);
    int e = (int) range;
    if (e - v < 8 || e - v > 200) {
      return null;
    }
    String value = s.substring(v, e);
    return !placeholder(value) && randomLooking(value) ? new SecretMatch(SecretType.ASSIGNED_SECRET, v, e) : null;
  }

  /** a shell or .env variable reference ($DB_PASSWORD, %APPDATA% is handled apart) */
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]{0,100}+");

  /** HTTP authorization schemes whose credential follows after one space */
  private static final String[] SCHEMES = {"Bearer ", "Basic ", "Token ", "bearer ", "basic ", "token "};

  /** @return the index after an authorization scheme at v ("Bearer "), or v when there is none */
  private static int afterScheme(String s, int v) {
    for (String scheme : SCHEMES) {
      if (s.startsWith(scheme, v)) {
        return v + scheme.length();
      }
    }
    return v;
  }

  /** @return whether the name starting at keyStart follows curl's -u / --user option ("curl -u user:password") */
  private static boolean curlUser(String s, int keyStart) {
    int k = keyStart - 1;
    char q = s.charAt(k);
    if (q == '"' || q == '\'') {
      k--;
    }
    if (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '=')) {
      k--;
    }
    return (k >= 1 && s.charAt(k) == 'u' && s.charAt(k - 1) == '-' && (k < 2 || s.charAt(k - 2) == ' '))
        || (k >= 5 && s.startsWith("--user", k - 5));
  }

  /** @return user:password of scheme://user:password@host (':' at op), when the password looks like one */
  private SecretMatch urlPassword(String s, int user, int op) {
    int e = op + 1;
    while (e < s.length() && e - op <= 200) {
      char c = s.charAt(e);
      if (c == '@') {
        return e + 1 < s.length() && isWordChar(s.charAt(e + 1)) ? password(s, user, op + 1, e) : null;
      }
      if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<') {
        return null;
      }
      e++;
    }
    return null;
  }

  /** @return a login "user:password" whose ':' is at op (it ends at a space or quote), when it has a password */
  private SecretMatch loginPassword(String s, int user, int op) {
    int e = op + 1;
    while (e < s.length() && e - op <= 200 && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != '"'
        && s.charAt(e) != '\'') {
      e++;
    }
    return password(s, user, op + 1, e);
  }

  /**
   * @return the login from {@code user} to e when its password [v, e) is not a placeholder and mixes
   *     at least two kinds of chars (the user name goes with it: together they are the credential)
   */
  private static SecretMatch password(String s, int user, int v, int e) {
    if (e - v < 6 || e - v > 200) {
      return null;
    }
    String value = s.substring(v, e);
    if (placeholder(value)) {
      return null;
    }
    int kinds = 0;
    kinds += value.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
    kinds += value.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
    kinds += value.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
    kinds += value.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    return kinds >= 2 ? new SecretMatch(SecretType.ASSIGNED_SECRET, user, e) : null;
  }

  /** @return whether s continues at i with a URL query parameter ("code=") */
  private static boolean queryParameter(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 40 && isWordChar(s.charAt(k))) {
      k++;
    }
    return k > i && k < s.length() && s.charAt(k) == '=';
  }

  /** @return whether an unquoted value is code (a call or a member access), not a literal */
  private static boolean expression(String v) {
    if (v.indexOf('(') >= 0 || v.indexOf('[') >= 0) {
      return true; // os.getenv("X"), System.getenv("X"), getSecret()
    }
    int dot = v.indexOf('.');
    if (dot > 0) {
      for (int i = 0; i < dot; i++) {
        if (!isWordChar(v.charAt(i)) || Character.isDigit(v.charAt(0))) {
          return false;
        }
      }
      // config.password, settings.API_KEY: an identifier path of lower-case words
      return v.chars().allMatch(c -> isWordChar((char) c) || c == '.') && !v.chars().anyMatch(Character::isDigit);
    }
    return false;
  }

  /** @return whether the value is a lower-case slug of words ("my-client-password"), not a random secret */
  private static boolean slug(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeholder(String v) {
    if (slug(v)) {
      return true;
    }
    String l = v.toLowerCase(Locale.ROOT);
    return l.startsWith("${") || l.startsWith("$(") || ENV_REFERENCE.matcher(v).matches() || l.startsWith("<")
        || l.startsWith("{{") || (l.startsWith("%") && l.endsWith("%")) || l.contains("****") || l.contains("xxxx")
        || l.startsWith("your") || l.contains("example") || l.contains("changeme") || l.contains("placeholder")
        || l.startsWith("env(") || l.startsWith("process.env") || l.startsWith("[redacted");
  }

  private boolean randomLooking(String v) {
    int lower = 0;
    int upper = 0;
    int digit = 0;
    int other = 0;
    int[] freq = new int[128];
    int nonAscii = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower++;
      } else if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= '0' && c <= '9') {
        digit++;
      } else {
        other++;
      }
      if (c < 128) {
        freq[c]++;
      } else {
        nonAscii++;
      }
    }
    int classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digit > 0 ? 1 : 0) + (other > 0 ? 1 : 0);
    if (classes < 2) {
      return false;
    }
    return entropy(freq, nonAscii, v.length()) >= minEntropy;
  }

  /** @return the Shannon entropy of v in bits per char (chars outside ASCII count as one symbol) */
  static double entropy(String v) {
    int[] freq = new int[128];
    int nonAscii = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 128) {
        freq[c]++;
      } else {
        nonAscii++;
      }
    }
    return entropy(freq, nonAscii, v.length());
  }

  private static double entropy(int[] freq, int nonAscii, int length) {
    double h = 0;
    double len = length;
    for (int f : freq) {
      if (f > 0) {
        double p = f / len;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    if (nonAscii > 0) {
      double p = nonAscii / len;
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }
}
