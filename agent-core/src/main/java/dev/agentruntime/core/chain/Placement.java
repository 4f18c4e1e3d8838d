package dev.agentruntime.core.chain;

import java.util.Objects;

/**
 * Where an interceptor sits in the chain: in a {@link Stage}, or just before (outside) or just
 * after (inside) one, plus an explicit {@code order} among interceptors at the same place (lower
 * runs first, i.e. further out). Interceptors with the same placement and order keep the order
 * they were registered in.
 *
 * <pre>{@code
 * Placement.in(Stage.CUSTOM)                      // the default for user interceptors
 * Placement.before(Stage.GUARDRAILS)              // sees the request before guardrails redact it
 * Placement.after(Stage.RESILIENCE)               // once per attempt, just above the transport
 * Placement.after(Stage.RESILIENCE).order(-10)    // ... and outside other per-attempt interceptors
 * }</pre>
 *
 * <p>Outermost first, the chain is: before(TELEMETRY), in(TELEMETRY), after(TELEMETRY),
 * before(LIMITS), ... in(RESILIENCE), after(RESILIENCE), then the model or tool. Below
 * {@link Stage#RESILIENCE} an interceptor runs once per attempt (every retry and every fallback
 * model), possibly on the thread of a timed attempt.
 *
 * @param stage the stage the placement is relative to
 * @param position before, in or after the stage
 * @param order the order among interceptors at the same stage and position (lower is outer)
 */
public record Placement(Stage stage, Position position, int order) {

  /** Where relative to the stage. */
  public enum Position {
    /** Just outside the stage: sees calls before the stage's interceptors do. */
    BEFORE,
    /** In the stage, next to its built-in interceptors. */
    IN,
    /** Just inside the stage: sees calls after the stage's interceptors passed them on. */
    AFTER
  }

  /**
   * Validates.
   *
   * @param stage the stage the placement is relative to
   * @param position before, in or after the stage
   * @param order the order among interceptors at the same stage and position (lower is outer)
   */
  public Placement {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(position, "position");
  }

  /**
   * @param stage a stage
   * @return the placement in that stage, order 0
   */
  public static Placement in(Stage stage) {
    return new Placement(stage, Position.IN, 0);
  }

  /**
   * @param stage a stage
   * @return the placement just outside that stage, order 0
   */
  public static Placement before(Stage stage) {
    return new Placement(stage, Position.BEFORE, 0);
  }

  /**
   * @param stage a stage
   * @return the placement just inside that stage, order 0
   */
  public static Placement after(Stage stage) {
    return new Placement(stage, Position.AFTER, 0);
  }

  /**
   * @param value the order among interceptors at the same place (lower is outer)
   * @return a copy with that order
   */
  public Placement order(int value) {
    return new Placement(stage, position, value);
  }

  /**
   * @return a key that sorts placements outermost first (stage, then position, then order)
   */
  public long sortKey() {
    return ((long) (stage.ordinal() * 3 + position.ordinal()) << 32) + ((long) order - Integer.MIN_VALUE);
  }

  @Override
  public String toString() {
    String where = position.name().toLowerCase(java.util.Locale.ROOT) + "(" + stage + ")";
    return order == 0 ? where : where + ".order(" + order + ")";
  }
}
