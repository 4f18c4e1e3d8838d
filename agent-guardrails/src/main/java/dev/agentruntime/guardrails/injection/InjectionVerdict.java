package dev.agentruntime.guardrails.injection;

import java.util.Collections;
import java.util.EnumMap;
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
   * Validates and copies; the copy iterates in the order of {@link InjectionFamily} (declaration
   * order), so a text gets the same report in every JVM.
   *
   * @param score 0 (no sign) to 1 (certain), combining the families found
   * @param families the families found, with the evidence (a short phrase) for each
   */
  public InjectionVerdict {
    Objects.requireNonNull(families, "families");
    EnumMap<InjectionFamily, String> sorted = new EnumMap<>(InjectionFamily.class);
    families.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "family"),
        Objects.requireNonNull(v, "evidence of " + k)));
    families = Collections.unmodifiableMap(sorted);
  }

  /**
   * @param threshold a threshold
   * @return whether the score reaches it
   */
  public boolean isInjection(double threshold) {
    return score >= threshold;
  }
}
