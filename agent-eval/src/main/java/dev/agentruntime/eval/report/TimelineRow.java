package dev.agentruntime.eval.report;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar (or mark) of a run's waterfall.
 *
 * @param kind what happened
 * @param label a short label ({@code model gpt-4o-mini}, {@code tool lookup_order}, ...)
 * @param startMs offset from the run's start, in milliseconds
 * @param durationMs how long it took (0 for an instant mark; a retry's backoff delay)
 * @param step the step it belongs to (0 when unknown)
 * @param tokens tokens used (model calls), or null
 * @param costUsd cost (model calls priced by the cost module), or null
 * @param status {@code ok}, {@code error}, or the guardrail's action
 * @param detail what was sent or returned, abbreviated
 */
public record TimelineRow(
    Kind kind,
    String label,
    double startMs,
    double durationMs,
    int step,
    @Nullable Long tokens,
    @Nullable BigDecimal costUsd,
    String status,
    String detail) {

  /** What a row shows. */
  public enum Kind {
    /** A model call. */
    MODEL,
    /** A tool call. */
    TOOL,
    /** A retry's backoff. */
    RETRY,
    /** A guardrail decision. */
    GUARDRAIL,
    /** A limit reached. */
    LIMIT,
    /** A budget threshold crossed. */
    BUDGET
  }

  /**
   * Validates.
   *
   * @param kind what happened
   * @param label a short label ({@code model gpt-4o-mini}, {@code tool lookup_order}, ...)
   * @param startMs offset from the run's start, in milliseconds
   * @param durationMs how long it took (0 for an instant mark; a retry's backoff delay)
   * @param step the step it belongs to (0 when unknown)
   * @param tokens tokens used (model calls), or null
   * @param costUsd cost (model calls priced by the cost module), or null
   * @param status {@code ok}, {@code error}, or the guardrail's action
   * @param detail what was sent or returned, abbreviated
   */
  public TimelineRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    status = status == null ? "ok" : status;
    detail = detail == null ? "" : detail;
  }

  /** @return the offset at which it ended */
  public double endMs() {
    return startMs + durationMs;
  }
}
