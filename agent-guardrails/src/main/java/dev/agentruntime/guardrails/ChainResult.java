package dev.agentruntime.guardrails;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link GuardrailChain} decided about one text.
 *
 * @param point where the text was checked
 * @param originalText the text as it came in
 * @param text the text after every rewrite (equal to the original when nothing rewrote it)
 * @param verdicts every guardrail's decision, in evaluation order (passes included)
 */
public record ChainResult(
    GuardrailPoint point, String originalText, String text, List<GuardrailVerdict> verdicts) {

  /** Validates and copies. */
  public ChainResult {
    Objects.requireNonNull(point, "point");
    originalText = originalText == null ? "" : originalText;
    text = text == null ? "" : text;
    verdicts = List.copyOf(verdicts);
  }

  /** @return the first blocking verdict, if any guardrail blocked */
  public Optional<GuardrailVerdict> block() {
    return verdicts.stream().filter(v -> v.decision() instanceof GuardrailDecision.Block).findFirst();
  }

  /** @return whether a guardrail blocked */
  public boolean blocked() {
    return block().isPresent();
  }

  /** @return every re-ask verdict (outputs only) */
  public List<GuardrailVerdict> reasks() {
    return verdicts.stream().filter(v -> v.decision() instanceof GuardrailDecision.Reask).toList();
  }

  /** @return whether a guardrail rewrote the text */
  public boolean rewritten() {
    return !text.equals(originalText);
  }

  /** @return the verdicts other than pass */
  public List<GuardrailVerdict> triggered() {
    return verdicts.stream().filter(v -> !(v.decision() instanceof GuardrailDecision.Pass)).toList();
  }
}
