package dev.agentruntime.guardrails.pii;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Replaces personal data in a text. Usable directly as a {@code UnaryOperator<String>} — for
 * example as the content-recording hook of a telemetry module, so prompts are recorded without
 * personal data. Immutable and thread-safe.
 *
 * <pre>{@code
 * PiiRedactor redactor = PiiRedactor.builder().style(RedactionStyle.PLACEHOLDER).build();
 * redactor.apply("mail jane@example.com");   // "mail <EMAIL_1>"
 * }</pre>
 */
public final class PiiRedactor implements UnaryOperator<String> {

  /**
   * A redacted text and what was replaced.
   *
   * @param text the redacted text
   * @param matches what was found, positions relative to the original text
   */
  public record Redaction(String text, List<PiiMatch> matches) {
    /**
     * Copies.
     *
     * @param text the redacted text
     * @param matches what was found, positions relative to the original text
     */
    public Redaction {
      Objects.requireNonNull(text, "text");
      matches = List.copyOf(matches);
    }
  }

  private final PiiDetector detector;
  private final RedactionStyle style;

  private PiiRedactor(PiiDetector detector, RedactionStyle style) {
    this.detector = detector;
    this.style = style;
  }

  /** @return a builder (all PII types, placeholder style) */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a redactor for every PII type with placeholders */
  public static PiiRedactor placeholders() {
    return builder().build();
  }

  /** @return the style */
  public RedactionStyle style() {
    return style;
  }

  /** @return the detector */
  public PiiDetector detector() {
    return detector;
  }

  /**
   * Redacts with placeholders numbered within this text (tokenise-style redaction uses a fresh
   * vault, so nothing can be restored). Null stays null.
   */
  @Override
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return redact(text, null).text();
  }

  /**
   * @param text the text (null is treated as empty)
   * @param vault where tokens and placeholder numbers are kept (a run's vault keeps numbering
   *     stable across calls; only {@link RedactionStyle#TOKENIZE} tokens can be restored from it);
   *     null for a fresh one
   * @return the redaction
   */
  public Redaction redact(@Nullable String text, @Nullable TokenVault vault) {
    String s = text == null ? "" : text;
    List<PiiMatch> matches = detector.detect(s);
    if (matches.isEmpty()) {
      return new Redaction(s, List.of());
    }
    if (vault == null && (style == RedactionStyle.PLACEHOLDER || style == RedactionStyle.TOKENIZE)) {
      return new Redaction(numberedLocally(s, matches), matches);
    }
    TokenVault v = vault != null ? vault : new TokenVault();
    Map<String, String> local = style == RedactionStyle.PLACEHOLDER && vault == null ? new HashMap<>() : null;
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    for (PiiMatch m : matches) {
      out.append(s, last, m.start()).append(replacement(m, v, local));
      last = m.end();
    }
    out.append(s, last, s.length());
    return new Redaction(out.toString(), matches);
  }

  /** per {@link PiiType#ordinal()}: the index of its label among the distinct labels */
  private static final int[] LABEL_INDEX = new int[PiiType.values().length];
  private static final int LABELS;

  static {
    List<String> labels = new java.util.ArrayList<>();
    for (PiiType t : PiiType.values()) {
      int k = labels.indexOf(t.label());
      if (k < 0) {
        k = labels.size();
        labels.add(t.label());
      }
      LABEL_INDEX[t.ordinal()] = k;
    }
    LABELS = labels.size();
  }

  /**
   * Replaces the matches with tokens numbered within this text, exactly as a fresh
   * {@link TokenVault} numbers them (per label, in order of first appearance, one token per
   * value), without building a vault nobody can read back.
   */
  private static String numberedLocally(String s, List<PiiMatch> matches) {
    @SuppressWarnings("unchecked")
    Map<String, String>[] byLabel = new Map[LABELS];
    int[] counters = new int[LABELS];
    String[] replacements = new String[matches.size()];
    int length = s.length();
    int r = 0;
    for (PiiMatch m : matches) {
      int k = LABEL_INDEX[m.type().ordinal()];
      Map<String, String> tokens = byLabel[k];
      if (tokens == null) {
        tokens = new HashMap<>();
        byLabel[k] = tokens;
      }
      String token = tokens.get(m.value());
      if (token == null) {
        token = "<" + m.type().label() + "_" + ++counters[k] + ">";
        tokens.put(m.value(), token);
      }
      replacements[r++] = token;
      length += token.length() - (m.end() - m.start());
    }
    return assemble(s, matches, replacements, length);
  }

  /**
   * @return s with each match replaced by its replacement, as one string of the given length
   *     (text outside Latin-1 is copied in bulk into a char array: a {@code StringBuilder} would
   *     widen itself and copy a text with chars above Latin-1 char by char)
   */
  private static String assemble(String s, List<PiiMatch> matches, String[] replacements, int length) {
    if (latin1Sample(s)) {
      StringBuilder out = new StringBuilder(length);
      int last = 0;
      for (int i = 0; i < replacements.length; i++) {
        PiiMatch m = matches.get(i);
        out.append(s, last, m.start()).append(replacements[i]);
        last = m.end();
      }
      return out.append(s, last, s.length()).toString();
    }
    char[] out = new char[length];
    int at = 0;
    int last = 0;
    for (int i = 0; i < replacements.length; i++) {
      PiiMatch m = matches.get(i);
      s.getChars(last, m.start(), out, at);
      at += m.start() - last;
      String token = replacements[i];
      token.getChars(0, token.length(), out, at);
      at += token.length();
      last = m.end();
    }
    s.getChars(last, s.length(), out, at);
    return new String(out);
  }

  /** @return false when the first 64 chars or every 16th char after them show a char above Latin-1 */
  private static boolean latin1Sample(String s) {
    int n = s.length();
    for (int i = 0, end = Math.min(64, n); i < end; i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    for (int i = 64 + 15; i < n; i += 16) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private String replacement(PiiMatch m, TokenVault vault, Map<String, String> local) {
    switch (style) {
      case PARTIAL_MASK:
        return mask(m);
      case HASH:
        return "<" + m.type().label() + ":" + sha256(m.value()).substring(0, 12) + ">";
      case PLACEHOLDER:
      case TOKENIZE:
      default:
        if (local != null) {
          String key = m.type().label() + '\u0000' + m.value();
          String known = local.get(key);
          if (known == null) {
            String counter = m.type().label() + "\u0001#";
            int next = Integer.parseInt(local.getOrDefault(counter, "0")) + 1;
            local.put(counter, String.valueOf(next));
            known = "<" + m.type().label() + "_" + next + ">";
            local.put(key, known);
          }
          return known;
        }
        return style == RedactionStyle.TOKENIZE ? vault.tokenFor(m.type().label(), m.value())
            : vault.placeholderFor(m.type().label(), m.value());
    }
  }

  private static String mask(PiiMatch m) {
    String v = m.value();
    if (m.type() == PiiType.EMAIL) {
      int at = v.indexOf('@');
      return v.charAt(0) + "***" + v.substring(at);
    }
    if (m.type() == PiiType.IPV4) {
      int dot = v.indexOf('.', v.indexOf('.') + 1);
      return v.substring(0, dot) + ".*.*";
    }
    int keep = m.type() == PiiType.IPV6 ? 0 : 4;
    StringBuilder b = new StringBuilder(v.length());
    int alnumSeen = 0;
    int total = 0;
    for (int i = 0; i < v.length(); i++) {
      if (Character.isLetterOrDigit(v.charAt(i))) {
        total++;
      }
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alnumSeen++;
        b.append(alnumSeen > total - keep ? c : '*');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String sha256(String v) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(v.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Builder for {@link PiiRedactor}. */
  public static final class Builder {
    private PiiDetector detector = PiiDetector.all();
    private RedactionStyle style = RedactionStyle.PLACEHOLDER;

    private Builder() {}

    /**
     * @param value which PII to find (default: all types)
     * @return this
     */
    public Builder detector(PiiDetector value) {
      this.detector = Objects.requireNonNull(value, "detector");
      return this;
    }

    /**
     * @param value how to replace it (default: placeholder)
     * @return this
     */
    public Builder style(RedactionStyle value) {
      this.style = Objects.requireNonNull(value, "style");
      return this;
    }

    /** @return the redactor */
    public PiiRedactor build() {
      return new PiiRedactor(detector, style);
    }
  }
}
