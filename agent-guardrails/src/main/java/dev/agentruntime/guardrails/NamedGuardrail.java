package dev.agentruntime.guardrails;

import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the built-in guardrails share: a name (used in events, verdicts and the run summary) and
 * the points they apply to, both set through their builders and fixed once built. Immutable.
 */
public abstract class NamedGuardrail implements Guardrail {
  private final String name;
  private final Set<GuardrailPoint> points;

  /**
   * @param builder the validated builder
   */
  protected NamedGuardrail(Builder<?, ?> builder) {
    this.name = builder.name;
    this.points = Set.copyOf(builder.points);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<GuardrailPoint> points() {
    return points;
  }

  /**
   * The part of a guardrail builder that sets the name and the points; {@link #build()} checks
   * the guardrail's own settings first, then that the name is not blank and a point is set.
   *
   * @param <B> the concrete builder
   * @param <G> the guardrail it builds
   */
  public abstract static class Builder<B extends Builder<B, G>, G extends NamedGuardrail> {
    private String name;
    private final Set<GuardrailPoint> points = EnumSet.noneOf(GuardrailPoint.class);

    /**
     * @param defaultName the name when none is set
     * @param defaultPoints the points when none are set
     */
    protected Builder(String defaultName, Set<GuardrailPoint> defaultPoints) {
      this.name = defaultName;
      this.points.addAll(defaultPoints);
    }

    /**
     * @param value the name used in events and verdicts (each guardrail documents its default)
     * @return this
     */
    public final B name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return self();
    }

    /**
     * @param value where to apply (each guardrail documents its default)
     * @return this
     */
    public final B points(GuardrailPoint... value) {
      List<GuardrailPoint> given = List.of(value);
      points.clear();
      points.addAll(given);
      return self();
    }

    /**
     * @return the guardrail
     * @throws IllegalStateException naming the bad setting: one of the guardrail's own, a blank
     *     name, or no point
     */
    public final G build() {
      check();
      if (name.isBlank()) {
        throw new IllegalStateException("name must not be blank");
      }
      if (points.isEmpty()) {
        throw new IllegalStateException("points must not be empty");
      }
      return create();
    }

    /**
     * Checks the guardrail's own settings.
     *
     * @throws IllegalStateException naming the bad setting
     */
    protected void check() {}

    /** @return the guardrail, from this validated builder */
    protected abstract G create();

    /** @return this, as the concrete builder */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }
  }
}
