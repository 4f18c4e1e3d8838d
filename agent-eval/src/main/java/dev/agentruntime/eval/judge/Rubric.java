package dev.agentruntime.eval.judge;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * What a judge grades against: named criteria and, optionally, a reference answer.
 *
 * @param name a short name for reports
 * @param criteria what a good answer does, one criterion each
 * @param reference a reference answer to compare with, or null
 */
public record Rubric(String name, List<String> criteria, @Nullable String reference) {

  /**
   * Validates and copies.
   *
   * @param name a short name for reports
   * @param criteria what a good answer does, one criterion each
   * @param reference a reference answer to compare with, or null
   */
  public Rubric {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("rubric name must not be blank");
    }
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("rubric " + name + " needs at least one criterion");
    }
    for (String c : criteria) {
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException("rubric " + name + " has a blank criterion");
      }
    }
  }

  /**
   * @param name the name
   * @param criteria the criteria
   * @return a rubric without reference answer
   */
  public static Rubric of(String name, String... criteria) {
    return new Rubric(name, List.of(criteria), null);
  }

  /**
   * @param value a reference answer, or null for none
   * @return a copy with it
   */
  public Rubric withReference(@Nullable String value) {
    return new Rubric(name, criteria, value);
  }
}
