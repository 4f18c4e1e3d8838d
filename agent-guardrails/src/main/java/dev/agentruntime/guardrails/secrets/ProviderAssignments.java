package dev.agentruntime.guardrails.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keys of the providers whose tokens carry no prefix of their own (Adafruit, Algolia, Datadog,
 * Twitter, ...): as in gitleaks' rule set, such a value is a credential of that provider when it is
 * assigned to a variable whose name contains the provider's name ({@code ADAFRUIT_KEY=...},
 * {@code "twitter_api_secret": "..."}) and has the provider's documented shape (alphabet, length,
 * fixed parts).
 *
 * <p>Overview: the table is data ({@code provider-assignments.tsv}, generated from gitleaks' rules by
 * {@code make_provider_assignments.py} in the test resources). {@link SecretDetector} asks only at an
 * assignment operator whose value is at least {@link #MIN_VALUE} chars; the variable name is first
 * checked against the rules' anchors (literals one of which every accepted name contains: one bit
 * per pair of lower-case chars, then {@code startsWith}), and only then are the rules' name and value
 * patterns run. So text without such assignments pays nothing.
 */
final class ProviderAssignments {

  /** One provider format: the variable name must contain {@code keyword}, the value must match {@code value}. */
  record Rule(String id, String provider, Pattern keyword, String[] anchors, Pattern value, double entropy) {}

  /** the shortest value any rule accepts */
  static final int MIN_VALUE = 14;

  static final List<Rule> RULES = load();

  /** per pair of lower-case Latin-1 chars (c << 8 | next): the anchors that start with it, and their rules */
  private static final java.util.Map<Integer, List<Anchor>> BY_PAIR = new java.util.HashMap<>();

  /** the same pairs as one bit each */
  private static final long[] ANCHOR_PAIRS = new long[1 << 10];

  /** An anchor and the rules that name it. */
  private record Anchor(String text, List<Rule> rules) {}

  static {
    java.util.Map<String, List<Rule>> byAnchor = new java.util.TreeMap<>();
    for (Rule r : RULES) {
      for (String a : r.anchors()) {
        byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
      }
    }
    byAnchor.forEach((a, rules) -> {
      int key = a.charAt(0) << 8 | a.charAt(1);
      ANCHOR_PAIRS[key >>> 6] |= 1L << key;
      BY_PAIR.computeIfAbsent(key, k -> new ArrayList<>()).add(new Anchor(a, List.copyOf(rules)));
    });
  }

  private ProviderAssignments() {}

  private static List<Rule> load() {
    String name = "provider-assignments.tsv";
    try (InputStream in = Objects.requireNonNull(ProviderAssignments.class.getResourceAsStream(name), name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Rule> rules = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
          throw new IllegalStateException(name + ": 7 tab-separated columns expected: " + line);
        }
        int valueFlags = f[4].equals("i") ? Pattern.CASE_INSENSITIVE : 0;
        rules.add(new Rule(f[0], f[1], Pattern.compile(f[2], Pattern.CASE_INSENSITIVE), f[3].split(","),
            Pattern.compile(f[5], valueFlags), Double.parseDouble(f[6])));
      }
      return List.copyOf(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param lowerKey a variable name, lower-cased
   * @return whether it contains some rule's anchor (false: no rule applies to it)
   */
  static boolean mayName(String lowerKey) {
    for (int i = 0; i + 1 < lowerKey.length(); i++) {
      if (!anchorsAt(lowerKey, i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** @return the anchors that occur in the name at i (one bit per pair of chars first) */
  private static List<Anchor> anchorsAt(String lowerKey, int i) {
    int c = lowerKey.charAt(i);
    int d = lowerKey.charAt(i + 1);
    int pair = c << 8 | d;
    if ((c | d) >= 256 || (ANCHOR_PAIRS[pair >>> 6] >>> pair & 1) == 0) {
      return List.of();
    }
    List<Anchor> found = List.of();
    for (Anchor a : BY_PAIR.get(pair)) {
      if (lowerKey.startsWith(a.text(), i)) {
        found = found.isEmpty() ? new ArrayList<>(2) : found;
        found.add(a);
      }
    }
    return found;
  }

  /**
   * @param key the variable name as written
   * @param lowerKey the same, lower-cased
   * @param value the assigned value (without quotes)
   * @return the rule the assignment matches, or null
   */
  static Rule match(String key, String lowerKey, String value) {
    if (value.length() < MIN_VALUE) {
      return null;
    }
    for (int i = 0; i + 1 < lowerKey.length(); i++) {
      for (Anchor a : anchorsAt(lowerKey, i)) {
        for (Rule r : a.rules()) {
          if (r.keyword().matcher(key).find() && r.value().matcher(value).matches()
              && (r.entropy() == 0 || SecretDetector.entropy(value) >= r.entropy())) {
            return r;
          }
        }
      }
    }
    return null;
  }
}
