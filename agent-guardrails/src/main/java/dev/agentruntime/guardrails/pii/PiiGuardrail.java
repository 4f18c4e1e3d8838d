package dev.agentruntime.guardrails.pii;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.NamedGuardrail;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data and redacts it (default), blocks the text, or only warns. With
 * {@link RedactionStyle#TOKENIZE} the values go into the run's {@link TokenVault}, and the
 * {@link dev.agentruntime.guardrails.GuardrailsInterceptor} restores them in the final answer.
 * Reasons name only the kinds and counts, never the values. Applies at input, output and tool
 * results by default; default name {@code pii}.
 */
public final class PiiGuardrail extends NamedGuardrail {

  /** What to do when personal data is found. */
  public enum Action {
    /** Replace it (the default). */
    REDACT,
    /** Block the text. */
    BLOCK,
    /** Report only. */
    WARN
  }

  private final PiiRedactor redactor;
  private final Action action;

  private PiiGuardrail(Builder b) {
    super(b);
    this.redactor = PiiRedactor.builder().detector(b.detector).style(b.style).build();
    this.action = b.action;
  }

  /** @return a guardrail redacting every PII type with placeholders */
  public static PiiGuardrail create() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the redactor this guardrail uses (also usable as a {@code UnaryOperator<String>}) */
  public PiiRedactor redactor() {
    return redactor;
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    String text = subject.text();
    if (text.isEmpty()) {
      return GuardrailDecision.pass();
    }
    if (action != Action.REDACT) {
      List<PiiMatch> found = redactor.detector().detect(text);
      if (found.isEmpty()) {
        return GuardrailDecision.pass();
      }
      String what = "personal data found: " + summary(found);
      return action == Action.BLOCK ? GuardrailDecision.block(what) : GuardrailDecision.warn(what);
    }
    TokenVault vault = subject.context() == null ? null : TokenVault.forRun(subject.context());
    PiiRedactor.Redaction r = redactor.redact(text, vault);
    if (r.matches().isEmpty()) {
      return GuardrailDecision.pass();
    }
    return GuardrailDecision.rewrite(r.text(), "redacted " + summary(r.matches()));
  }

  /** the types ordered by name (the order of the summary) */
  private static final PiiType[] BY_NAME = java.util.Arrays.stream(PiiType.values())
      .sorted(java.util.Comparator.comparing(PiiType::name)).toArray(PiiType[]::new);

  static String summary(List<PiiMatch> found) {
    int[] counts = new int[PiiType.values().length];
    for (PiiMatch m : found) {
      counts[m.type().ordinal()]++;
    }
    StringBuilder b = new StringBuilder();
    for (PiiType t : BY_NAME) {
      int v = counts[t.ordinal()];
      if (v > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(t.name());
      }
    }
    return b.toString();
  }

  /** Builder for {@link PiiGuardrail}. */
  public static final class Builder extends NamedGuardrail.Builder<Builder, PiiGuardrail> {
    private PiiDetector detector = PiiDetector.all();
    private RedactionStyle style = RedactionStyle.PLACEHOLDER;
    private Action action = Action.REDACT;

    private Builder() {
      super("pii", EnumSet.of(GuardrailPoint.INPUT, GuardrailPoint.OUTPUT, GuardrailPoint.TOOL_RESULT));
    }

    /**
     * @param value the kinds to find (default all)
     * @return this
     */
    public Builder types(PiiType... value) {
      this.detector = PiiDetector.of(value);
      return this;
    }

    /**
     * @param value how to redact (default placeholder)
     * @return this
     */
    public Builder style(RedactionStyle value) {
      this.style = Objects.requireNonNull(value, "style");
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
    protected PiiGuardrail create() {
      return new PiiGuardrail(this);
    }
  }
}
