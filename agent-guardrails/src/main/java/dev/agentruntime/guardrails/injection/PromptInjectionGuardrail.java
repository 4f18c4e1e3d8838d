package dev.agentruntime.guardrails.injection;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.NamedGuardrail;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Blocks (default) or warns about text whose {@link PromptInjectionDetector} score reaches the
 * threshold. Applies by default to inputs and tool results — the places where text written by
 * someone else (users, web pages, retrieved documents, e-mails) reaches the model. Tool results are
 * scored as documents ({@link PromptInjectionDetector#scoreDocument}). Scoring is
 * linear in the text length, so a payload buried in a large document is found too. Default name
 * {@code prompt_injection}, default points input and tool result.
 */
public final class PromptInjectionGuardrail extends NamedGuardrail {

  /** What to do with a detected injection. */
  public enum Action {
    /** Block the text (default). */
    BLOCK,
    /** Report only. */
    WARN
  }

  private final PromptInjectionDetector detector;
  private final Action action;

  private PromptInjectionGuardrail(Builder b) {
    super(b);
    this.detector = PromptInjectionDetector.withThreshold(b.threshold);
    this.action = b.action;
  }

  /** @return a guardrail blocking at inputs and tool results with threshold 0.5 */
  public static PromptInjectionGuardrail create() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the detector */
  public PromptInjectionDetector detector() {
    return detector;
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    String text = subject.text();
    if (text.isEmpty()) {
      return GuardrailDecision.pass();
    }
    // a tool result is data the model reads: scored with the calibration for documents
    InjectionVerdict v = subject.point() == GuardrailPoint.TOOL_RESULT ? detector.scoreDocument(text)
        : detector.score(text);
    if (!v.isInjection(detector.threshold())) {
      return GuardrailDecision.pass();
    }
    String reason = String.format(java.util.Locale.ROOT, "prompt injection suspected (score %.2f >= %.2f): %s",
        v.score(), detector.threshold(), v.families().keySet());
    return action == Action.BLOCK ? GuardrailDecision.block(reason) : GuardrailDecision.warn(reason);
  }

  /** Builder for {@link PromptInjectionGuardrail}. */
  public static final class Builder extends NamedGuardrail.Builder<Builder, PromptInjectionGuardrail> {
    private double threshold = 0.5;
    private Action action = Action.BLOCK;

    private Builder() {
      super("prompt_injection", EnumSet.of(GuardrailPoint.INPUT, GuardrailPoint.TOOL_RESULT));
    }

    /**
     * @param value score from which text counts as injection, in (0, 1] (default 0.5; lower
     *     catches more and flags more benign text)
     * @return this
     */
    public Builder threshold(double value) {
      this.threshold = value;
      return this;
    }

    /**
     * @param value block (default) or warn
     * @return this
     */
    public Builder action(Action value) {
      this.action = Objects.requireNonNull(value, "action");
      return this;
    }

    /** @throws IllegalStateException when the threshold is outside (0, 1] */
    @Override
    protected void check() {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalStateException("threshold must be in (0, 1], was " + threshold);
      }
    }

    @Override
    protected PromptInjectionGuardrail create() {
      return new PromptInjectionGuardrail(this);
    }
  }
}
