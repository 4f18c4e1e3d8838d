package dev.agentruntime.guardrails.content;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.NamedGuardrail;
import dev.agentruntime.guardrails.text.TextNormalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks (default), masks or warns about blocked words and phrases, blocked patterns, and blocked
 * topics (a topic is a set of keywords; it matches when at least {@code minHits} of them occur).
 * Words and phrases are matched whole-word on normalised text (so {@code B4NNED} and full-width
 * letters match {@code banned}). Patterns are the caller's regular expressions: prefer possessive
 * quantifiers, since a backtracking pattern can be slow on hostile input; each is applied with a
 * bounded input length ({@code maxPatternInput}). Default name {@code content_filter}, default
 * points input and output.
 */
public final class ContentFilterGuardrail extends NamedGuardrail {

  /** What to do on a match. */
  public enum Action {
    /** Block the text (default). */
    BLOCK,
    /** Replace blocked words and pattern matches with {@code ***} (topics still block). */
    MASK,
    /** Report only. */
    WARN
  }

  private record Topic(String name, Set<String> keywords, int minHits) {}

  private final Set<String> words;
  private final List<String> phrases;
  private final List<Pattern> patterns;
  private final List<Topic> topics;
  private final Action action;
  private final int maxPatternInput;

  private ContentFilterGuardrail(Builder b) {
    super(b);
    this.words = Set.copyOf(b.words);
    this.phrases = List.copyOf(b.phrases);
    this.patterns = List.copyOf(b.patterns);
    this.topics = List.copyOf(b.topics.values());
    this.action = b.action;
    this.maxPatternInput = b.maxPatternInput;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    String text = subject.text();
    if (text.isEmpty()) {
      return GuardrailDecision.pass();
    }
    String norm = TextNormalizer.normalize(text);
    Set<String> seen = new HashSet<>();
    String hitWord = null;
    int n = norm.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && (Character.isLetterOrDigit(norm.charAt(j)) || norm.charAt(j) == '\'')) {
        j++;
      }
      String w = norm.substring(i, j);
      seen.add(w);
      if (hitWord == null && words.contains(w)) {
        hitWord = w;
      }
      i = j;
    }
    for (Topic t : topics) {
      int hits = 0;
      for (String k : t.keywords) {
        if (k.indexOf(' ') < 0 ? seen.contains(k) : containsPhrase(norm, k)) {
          hits++;
        }
      }
      if (hits >= t.minHits) {
        String reason = "blocked topic '" + t.name + "' (" + hits + " keywords)";
        return action == Action.WARN ? GuardrailDecision.warn(reason) : GuardrailDecision.block(reason);
      }
    }
    String phraseHit = null;
    for (String p : phrases) {
      if (containsPhrase(norm, p)) {
        phraseHit = p;
        break;
      }
    }
    Pattern patternHit = null;
    String bounded = text.length() > maxPatternInput ? text.substring(0, maxPatternInput) : text;
    for (Pattern p : patterns) {
      if (p.matcher(bounded).find()) {
        patternHit = p;
        break;
      }
    }
    if (hitWord == null && phraseHit == null && patternHit == null) {
      return GuardrailDecision.pass();
    }
    String reason = hitWord != null ? "blocked word '" + hitWord + "'"
        : phraseHit != null ? "blocked phrase '" + phraseHit + "'" : "blocked pattern /" + patternHit.pattern() + "/";
    switch (action) {
      case WARN:
        return GuardrailDecision.warn(reason);
      case MASK:
        String masked = mask(text);
        if (masked.equals(text) || !(evaluate(new GuardrailSubject(subject.point(), masked, subject.toolName(),
            subject.context())) instanceof GuardrailDecision.Pass)) {
          // written so that it cannot be masked in place (a zero-width space inside the word,
          // spaced letters, past the pattern bound): blocked rather than passed on unmasked
          return GuardrailDecision.block(reason + " (could not be masked)");
        }
        return GuardrailDecision.rewrite(masked, "masked: " + reason);
      default:
        return GuardrailDecision.block(reason);
    }
  }

  private String mask(String text) {
    String out = text;
    for (Pattern p : patterns) {
      if (out.length() <= maxPatternInput) {
        out = p.matcher(out).replaceAll("***");
      }
    }
    StringBuilder b = new StringBuilder(out.length());
    int n = out.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(out.charAt(i))) {
        b.append(out.charAt(i++));
        continue;
      }
      int j = i;
      while (j < n && (Character.isLetterOrDigit(out.charAt(j)) || out.charAt(j) == '\'')) {
        j++;
      }
      String w = out.substring(i, j);
      b.append(words.contains(TextNormalizer.normalize(w)) ? "***" : w);
      i = j;
    }
    String masked = b.toString();
    for (String p : phrases) {
      Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(p) + "\\b").matcher(masked);
      masked = m.replaceAll("***");
    }
    return masked;
  }

  private static boolean containsPhrase(String norm, String p) {
    int at = norm.indexOf(p);
    while (at >= 0) {
      int e = at + p.length();
      if ((at == 0 || !Character.isLetterOrDigit(norm.charAt(at - 1)))
          && (e >= norm.length() || !Character.isLetterOrDigit(norm.charAt(e)))) {
        return true;
      }
      at = norm.indexOf(p, at + 1);
    }
    return false;
  }

  /** Builder for {@link ContentFilterGuardrail}. */
  public static final class Builder extends NamedGuardrail.Builder<Builder, ContentFilterGuardrail> {
    private final Set<String> words = new HashSet<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private Action action = Action.BLOCK;
    private int maxPatternInput = 1 << 20;

    private Builder() {
      super("content_filter", EnumSet.of(GuardrailPoint.INPUT, GuardrailPoint.OUTPUT));
    }

    /**
     * @param values words or multi-word phrases to block (case-insensitive, whole words)
     * @return this
     */
    public Builder blockWords(String... values) {
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException("blocked words must not be null or blank");
        }
        String norm = TextNormalizer.normalize(v.strip());
        if (norm.indexOf(' ') >= 0) {
          phrases.add(norm);
        } else {
          words.add(norm);
        }
      }
      return this;
    }

    /**
     * @param regex a pattern to block (Java syntax; prefer possessive quantifiers)
     * @return this
     * @throws IllegalArgumentException when the pattern does not compile
     */
    public Builder blockPattern(String regex) {
      Objects.requireNonNull(regex, "regex");
      try {
        patterns.add(Pattern.compile(regex));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("blockPattern: invalid regular expression '" + regex + "': "
            + e.getDescription(), e);
      }
      return this;
    }

    /**
     * @param topic the topic's name, used in the reason
     * @param minHits how many keywords must occur, at least 1
     * @param keywords words or phrases that signal the topic
     * @return this
     */
    public Builder blockTopic(String topic, int minHits, String... keywords) {
      Objects.requireNonNull(topic, "topic");
      if (keywords.length == 0) {
        throw new IllegalArgumentException("topic '" + topic + "' needs at least one keyword");
      }
      if (minHits < 1 || minHits > keywords.length) {
        throw new IllegalArgumentException("topic '" + topic + "': minHits must be within 1.." + keywords.length
            + ", was " + minHits);
      }
      Set<String> ks = new HashSet<>();
      for (String k : keywords) {
        ks.add(TextNormalizer.normalize(Objects.requireNonNull(k, "keyword").strip()).toLowerCase(Locale.ROOT));
      }
      topics.put(topic, new Topic(topic, Set.copyOf(ks), minHits));
      return this;
    }

    /**
     * @param value block (default), mask or warn
     * @return this
     */
    public Builder action(Action value) {
      this.action = Objects.requireNonNull(value, "action");
      return this;
    }

    /**
     * @param value patterns see at most this many leading chars (default 1 MiB)
     * @return this
     */
    public Builder maxPatternInput(int value) {
      this.maxPatternInput = value;
      return this;
    }

    /** @throws IllegalStateException when nothing is blocked or maxPatternInput is not positive */
    @Override
    protected void check() {
      if (words.isEmpty() && phrases.isEmpty() && patterns.isEmpty() && topics.isEmpty()) {
        throw new IllegalStateException("nothing to filter: add blockWords, blockPattern or blockTopic");
      }
      if (maxPatternInput <= 0) {
        throw new IllegalStateException("maxPatternInput must be positive, was " + maxPatternInput);
      }
    }

    @Override
    protected ContentFilterGuardrail create() {
      return new ContentFilterGuardrail(this);
    }
  }
}
