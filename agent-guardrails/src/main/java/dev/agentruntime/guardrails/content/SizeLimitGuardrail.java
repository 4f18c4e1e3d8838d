package dev.agentruntime.guardrails.content;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Limits the size of inputs, outputs and tool results in characters and in tokens (counted with
 * jtokkit, {@code o200k_base} by default). Characters are checked first, so a huge text is refused
 * without tokenising it. Blocks by default; outputs can instead be re-asked ("answer in at most N
 * tokens").
 */
public final class SizeLimitGuardrail implements Guardrail {
  /** Shared by every instance; a vocabulary loads once per JVM, on the first count that needs it. */
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

  /**
   * Limits for one point.
   *
   * @param maxChars the character limit, or 0 for none
   * @param maxTokens the token limit, or 0 for none
   */
  public record Limit(int maxChars, int maxTokens) {
    /**
     * Validates.
     *
     * @param maxChars the character limit, or 0 for none
     * @param maxTokens the token limit, or 0 for none
     */
    public Limit {
      if (maxChars < 0 || maxTokens < 0) {
        throw new IllegalArgumentException("limits must be >= 0 (0 = none), were chars=" + maxChars + ", tokens=" + maxTokens);
      }
    }
  }

  private final String name;
  private final Map<GuardrailPoint, Limit> limits;
  private final EncodingType encodingType;
  /** Resolved on the first token count (building the guardrail loads no vocabulary). */
  private volatile Encoding encoding;
  private final boolean reaskOutputs;

  private SizeLimitGuardrail(Builder b) {
    this.name = b.name;
    this.limits = Map.copyOf(b.limits);
    this.encodingType = b.encoding;
    this.reaskOutputs = b.reaskOutputs;
  }

  private Encoding encoding() {
    Encoding e = encoding;
    if (e == null) {
      e = REGISTRY.getEncoding(encodingType); // the lazy registry loads each vocabulary once
      encoding = e;
    }
    return e;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<GuardrailPoint> points() {
    return limits.keySet();
  }

  /**
   * @param text a text
   * @return its token count in this guardrail's encoding
   */
  public int countTokens(String text) {
    return countTokens(text, Integer.MAX_VALUE);
  }

  /**
   * Counts in chunks of about 2 KB cut at whitespace (tokenisers are slow on very long runs
   * without spaces, and a chunk boundary at whitespace rarely changes the count), stopping as soon
   * as the count passes the limit.
   */
  private int countTokens(String text, int limit) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int n = text.length();
    int total = 0;
    int from = 0;
    while (from < n && total <= limit) {
      int to = Math.min(n, from + 2048);
      if (to < n) {
        int cut = to;
        while (cut > from + 1024 && !Character.isWhitespace(text.charAt(cut - 1))) {
          cut--;
        }
        to = cut > from + 1024 ? cut : to;
        if (Character.isHighSurrogate(text.charAt(to - 1))) {
          to--;
        }
      }
      total += encoding().countTokens(text.substring(from, to));
      from = to;
    }
    return total;
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    Limit limit = limits.get(subject.point());
    if (limit == null) {
      return GuardrailDecision.pass();
    }
    String text = subject.text();
    String problem = null;
    if (limit.maxChars() > 0 && text.length() > limit.maxChars()) {
      problem = text.length() + " characters exceed the limit of " + limit.maxChars();
    } else if (limit.maxTokens() > 0 && text.length() > limit.maxTokens()) {
      // a token covers at least one char, so short texts never need counting
      int tokens = countTokens(text, limit.maxTokens());
      if (tokens > limit.maxTokens()) {
        problem = "more than " + limit.maxTokens() + " tokens (limit " + limit.maxTokens() + ")";
      }
    }
    if (problem == null) {
      return GuardrailDecision.pass();
    }
    if (reaskOutputs && subject.point() == GuardrailPoint.OUTPUT) {
      return GuardrailDecision.reask("The answer is too long (" + problem + "). Answer more briefly.");
    }
    return GuardrailDecision.block(subject.point().wireName() + " too large: " + problem);
  }

  /** Builder for {@link SizeLimitGuardrail}. */
  public static final class Builder {
    private String name = "size_limit";
    private final Map<GuardrailPoint, Limit> limits = new EnumMap<>(GuardrailPoint.class);
    private EncodingType encoding = EncodingType.O200K_BASE;
    private boolean reaskOutputs;

    private Builder() {}

    /**
     * @param value event name (default {@code size_limit})
     * @return this
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * @param point where
     * @param maxChars character limit (0 = none)
     * @param maxTokens token limit (0 = none)
     * @return this
     */
    public Builder limit(GuardrailPoint point, int maxChars, int maxTokens) {
      limits.put(Objects.requireNonNull(point, "point"), new Limit(maxChars, maxTokens));
      return this;
    }

    /**
     * @param maxChars character limit for each new input (0 = none)
     * @param maxTokens token limit for each new input (0 = none)
     * @return this
     */
    public Builder input(int maxChars, int maxTokens) {
      return limit(GuardrailPoint.INPUT, maxChars, maxTokens);
    }

    /**
     * @param maxChars character limit for each output (0 = none)
     * @param maxTokens token limit for each output (0 = none)
     * @return this
     */
    public Builder output(int maxChars, int maxTokens) {
      return limit(GuardrailPoint.OUTPUT, maxChars, maxTokens);
    }

    /**
     * @param value the tokenizer (default {@code o200k_base}, GPT-4o family)
     * @return this
     */
    public Builder encoding(EncodingType value) {
      this.encoding = Objects.requireNonNull(value, "encoding");
      return this;
    }

    /**
     * @param value re-ask an output that is too long instead of blocking it (default false)
     * @return this
     */
    public Builder reaskOutputs(boolean value) {
      this.reaskOutputs = value;
      return this;
    }

    /**
     * @return the guardrail
     * @throws IllegalStateException when no limit is set
     */
    public SizeLimitGuardrail build() {
      if (limits.isEmpty()) {
        throw new IllegalStateException("set at least one limit (input(...), output(...) or limit(...))");
      }
      if (limits.values().stream().allMatch(l -> l.maxChars() == 0 && l.maxTokens() == 0)) {
        throw new IllegalStateException("every limit is 0 (none): set a positive maxChars or maxTokens");
      }
      return new SizeLimitGuardrail(this);
    }
  }
}
