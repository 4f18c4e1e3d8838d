package dev.agentruntime.cost.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Spending crossed an alert threshold of a budget. Delivered once per budget, subject, window and
 * threshold.
 *
 * @param budget the budget
 * @param subject the session, user or tenant id the window belongs to (the run id for run
 *     budgets, {@code *} for global ones)
 * @param windowKey the window ({@code 2026-11-23}, {@code 2026-11} or {@code total})
 * @param thresholdPercent the threshold crossed
 * @param spentUsd spent in the window when it was crossed
 * @param refused whether the alert came from a call refused because it did not fit (hard
 *     budgets at their 100% threshold) rather than from settled spending
 * @param runId the run whose call crossed it
 * @param timestamp when
 */
public record BudgetAlert(
    Budget budget,
    String subject,
    String windowKey,
    int thresholdPercent,
    BigDecimal spentUsd,
    boolean refused,
    String runId,
    Instant timestamp) {

  /** @return a readable name such as {@code tenant/day acme 2026-11-23} */
  public String displayName() {
    return budget.name() + " " + subject + " " + windowKey;
  }
}
