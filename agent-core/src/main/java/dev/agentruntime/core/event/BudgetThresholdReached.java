package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Spending crossed an alert threshold of a budget (once per budget window).
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param budget the budget's name
 * @param thresholdPercent the threshold crossed, e.g. 80
 * @param spentUsd spent so far in the window
 * @param limitUsd the budget
 */
public record BudgetThresholdReached(
    @Nullable String runId,
    Instant timestamp,
    String budget,
    int thresholdPercent,
    BigDecimal spentUsd,
    BigDecimal limitUsd)
    implements AgentEvent {
  @Override
  public String type() {
    return "budget_threshold_reached";
  }
}
