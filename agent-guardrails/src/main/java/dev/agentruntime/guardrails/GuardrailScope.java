package dev.agentruntime.guardrails;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where one guardrail of a chain applies: at which points, for which tools, and what to do when it
 * throws. Immutable; build with {@link #builder()}.
 *
 * @param points the points; empty means "the guardrail's own {@code points()}"
 * @param tools only calls and results of these tools (empty = every tool); a scope naming tools
 *     never applies at input or output
 * @param excludedTools for tool points: never these tools
 * @param failureMode what to do when the guardrail throws; null = the chain's default
 */
public record GuardrailScope(
    Set<GuardrailPoint> points, Set<String> tools, Set<String> excludedTools, FailureMode failureMode) {

  /** The default scope: the guardrail's own points, every tool, the chain's failure mode. */
  public static final GuardrailScope DEFAULT = new GuardrailScope(Set.of(), Set.of(), Set.of(), null);

  /**
   * Validates and copies.
   *
   * @param points the points; empty means "the guardrail's own {@code points()}"
   * @param tools only calls and results of these tools (empty = every tool); a scope naming tools
   *     never applies at input or output
   * @param excludedTools for tool points: never these tools
   * @param failureMode what to do when the guardrail throws; null = the chain's default
   */
  public GuardrailScope {
    points = points == null || points.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(points));
    tools = tools == null ? Set.of() : Set.copyOf(tools);
    excludedTools = excludedTools == null ? Set.of() : Set.copyOf(excludedTools);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param point a point
   * @param toolName the tool, for tool points (null otherwise)
   * @param defaultPoints the guardrail's own points
   * @return whether a guardrail with this scope applies
   */
  public boolean appliesTo(GuardrailPoint point, @Nullable String toolName, Set<GuardrailPoint> defaultPoints) {
    Set<GuardrailPoint> effective = points.isEmpty() ? defaultPoints : points;
    if (!effective.contains(point)) {
      return false;
    }
    if (point == GuardrailPoint.TOOL_CALL || point == GuardrailPoint.TOOL_RESULT) {
      if (toolName != null && excludedTools.contains(toolName)) {
        return false;
      }
      return tools.isEmpty() || (toolName != null && tools.contains(toolName));
    }
    return tools.isEmpty();
  }

  /** Builder for {@link GuardrailScope}. */
  public static final class Builder {
    private final Set<GuardrailPoint> points = EnumSet.noneOf(GuardrailPoint.class);
    private final Set<String> tools = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private FailureMode failureMode;

    private Builder() {}

    /**
     * @param values the points to apply at (replaces the guardrail's own points)
     * @return this
     */
    public Builder points(GuardrailPoint... values) {
      for (GuardrailPoint p : values) {
        points.add(Objects.requireNonNull(p, "point"));
      }
      return this;
    }

    /**
     * @param names apply at tool points only for these tools
     * @return this
     */
    public Builder tools(String... names) {
      Arrays.stream(names).forEach(n -> tools.add(requireName(n)));
      return this;
    }

    /**
     * @param names never apply at tool points for these tools
     * @return this
     */
    public Builder excludeTools(String... names) {
      Arrays.stream(names).forEach(n -> excluded.add(requireName(n)));
      return this;
    }

    /**
     * @param value what to do when this guardrail throws
     * @return this
     */
    public Builder failureMode(FailureMode value) {
      this.failureMode = Objects.requireNonNull(value, "failureMode");
      return this;
    }

    /**
     * @return the scope
     * @throws IllegalStateException when a tool is both included and excluded
     */
    public GuardrailScope build() {
      for (String t : tools) {
        if (excluded.contains(t)) {
          throw new IllegalStateException("tool '" + t + "' is both in tools and excludeTools");
        }
      }
      return new GuardrailScope(points, tools, excluded, failureMode);
    }

    private static String requireName(String n) {
      if (n == null || n.isBlank()) {
        throw new IllegalArgumentException("tool name must not be null or blank");
      }
      return n;
    }
  }
}
