package dev.agentruntime.core.guardrail;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunView;
import java.util.Objects;

/**
 * What a guardrail judges.
 *
 * @param point where the check happens
 * @param text the text to judge (for {@link GuardrailPoint#TOOL_CALL}: the JSON arguments)
 * @param toolName the tool, for tool points; null otherwise
 * @param context the run, or null when checked outside a run
 */
public record GuardrailSubject(GuardrailPoint point, String text, @Nullable String toolName, @Nullable RunView context) {
  /**
   * Validates; a null text becomes empty.
   *
   * @param point where the check happens
   * @param text the text to judge (for {@link GuardrailPoint#TOOL_CALL}: the JSON arguments)
   * @param toolName the tool, for tool points; null otherwise
   * @param context the run, or null when checked outside a run
   */
  public GuardrailSubject {
    Objects.requireNonNull(point, "point");
    text = text == null ? "" : text;
  }
}
