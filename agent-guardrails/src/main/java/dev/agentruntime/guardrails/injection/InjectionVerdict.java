package dev.agentruntime.guardrails.injection;

import java.util.Map;
import java.util.Objects;

/**
 * The injection score of one text.
 *
 * @param score 0 (no sign) to 1 (certain), combining the families found
 * @param families the families found, with the evidence (a short phrase) for each
 */
public record InjectionVerdict(double score, Map<InjectionFamily, String> families) {
  /**
   * Validates and copies.
   *
   * @param score 0 (no sign) to 1 (certain), combining the families found
   * @param families the families found, with the evidence (a short phrase) for each
   */
  public InjectionVerdict {
    families = Map.copyOf(Objects.requireNonNull(families, "families"));
  }

  /**
   * @param threshold a threshold
   * @return whether the score reaches it
   */
  public boolean isInjection(double threshold) {
    return score >= threshold;
  }
}
