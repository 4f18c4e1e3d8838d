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

  /**
   * Validates and copies.
   *
   * @param point where the text was checked
   * @param originalText the text as it came in
   * @param text the text after every rewrite (equal to the original when nothing rewrote it)
   * @param verdicts every guardrail's decision, in evaluation order (passes included)
   */
  public ChainResult {
    Objects.requireNonNull(point, "point");
    originalText = originalText == null ? "" : originalText;
    text = text == null ? "" : text;
    verdicts = List.copyOf(verdicts);
  }

  /** @return the first blocking verdict, if any guardrail blocked */
  public Optional<GuardrailVerdict> block() {
    for (GuardrailVerdict v : verdicts) {
      if (v.decision() instanceof GuardrailDecision.Block) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
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
    // checked on every text of every call: almost always nothing triggered, so allocate nothing
    int first = -1;
    for (int i = 0; i < verdicts.size(); i++) {
      if (!(verdicts.get(i).decision() instanceof GuardrailDecision.Pass)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return List.of();
    }
    java.util.ArrayList<GuardrailVerdict> out = new java.util.ArrayList<>(verdicts.size() - first);
    for (int i = first; i < verdicts.size(); i++) {
      GuardrailVerdict v = verdicts.get(i);
      if (!(v.decision() instanceof GuardrailDecision.Pass)) {
        out.add(v);
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
