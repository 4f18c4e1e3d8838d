package dev.agentruntime.guardrails.secrets;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.NamedGuardrail;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds credentials and redacts them as {@code [REDACTED:AWS_ACCESS_KEY]} (default), blocks, or
 * warns. Secrets are never tokenised reversibly: nobody downstream needs them back. Applies at
 * every point by default (also tool calls: the model must not pass keys to tools); default name
 * {@code secrets}.
 */
public final class SecretsGuardrail extends NamedGuardrail {

  /** What to do when a credential is found. */
  public enum Action {
    /** Replace it (the default). */
    REDACT,
    /** Block the text. */
    BLOCK,
    /** Report only. */
    WARN
  }

  private final SecretDetector detector;
  private final Action action;

  private SecretsGuardrail(Builder b) {
    super(b);
    this.detector = b.detector;
    this.action = b.action;
  }

  /** @return a guardrail redacting every known credential format at every point */
  public static SecretsGuardrail create() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the detector */
  public SecretDetector detector() {
    return detector;
  }

  /**
   * @param text a text
   * @return the text with every credential replaced
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<SecretMatch> found = detector.detect(text);
    return found.isEmpty() ? text : replace(text, found);
  }

  private static String replace(String s, List<SecretMatch> found) {
    StringBuilder b = new StringBuilder(s.length());
    int last = 0;
    for (SecretMatch m : found) {
      b.append(s, last, m.start()).append("[REDACTED:").append(m.type().name()).append(']');
      last = m.end();
    }
    return b.append(s, last, s.length()).toString();
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    String text = subject.text();
    List<SecretMatch> found = detector.detect(text);
    if (found.isEmpty()) {
      return GuardrailDecision.pass();
    }
    Map<String, Integer> counts = new TreeMap<>();
    found.forEach(m -> counts.merge(m.type().name(), 1, Integer::sum));
    StringBuilder what = new StringBuilder();
    counts.forEach((k, v) -> what.append(what.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
    switch (action) {
      case BLOCK:
        return GuardrailDecision.block("credentials found: " + what);
      case WARN:
        return GuardrailDecision.warn("credentials found: " + what);
      default:
        return GuardrailDecision.rewrite(replace(text, found), "redacted credentials: " + what);
    }
  }

  /** Builder for {@link SecretsGuardrail}. */
  public static final class Builder extends NamedGuardrail.Builder<Builder, SecretsGuardrail> {
    private SecretDetector detector = SecretDetector.all();
    private Action action = Action.REDACT;

    private Builder() {
      super("secrets", EnumSet.allOf(GuardrailPoint.class));
    }

    /**
     * @param value the detector (default: every format)
     * @return this
     */
    public Builder detector(SecretDetector value) {
      this.detector = Objects.requireNonNull(value, "detector");
      return this;
    }

    /**
     * @param value redact (default), block or warn
     * @return this
     */
    public Builder action(Action value) {
      this.action = Objects.requireNonNull(value, "action");
      return this;
    }

    @Override
    protected SecretsGuardrail create() {
      return new SecretsGuardrail(this);
    }
  }
}
