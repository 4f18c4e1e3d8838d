package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;

/** A call would take spending over a hard budget; it was refused before any request was sent. */
public class BudgetExceededException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  /** The budget's name (e.g. {@code tenant acme / day 2026-11-23}). */
  private final String budget;
  /** The budget in USD. */
  private final BigDecimal limitUsd;
  /** Already spent or reserved in USD. */
  private final BigDecimal spentUsd;
  /** What the refused call would have reserved in USD. */
  private final BigDecimal requestedUsd;

  /**
   * @param runId the run, or null
   * @param budget the budget's name (e.g. {@code tenant acme / day 2026-11-23})
   * @param limitUsd the budget in USD
   * @param spentUsd already spent or reserved in USD
   * @param requestedUsd what the refused call would have reserved in USD
   */
  public BudgetExceededException(
      @Nullable String runId, String budget, BigDecimal limitUsd, BigDecimal spentUsd, BigDecimal requestedUsd) {
    super(
        runId,
        "budget '"
            + budget
            + "' exceeded: limit "
            + limitUsd.toPlainString()
            + " USD, spent or reserved "
            + spentUsd.toPlainString()
            + " USD, call needs up to "
            + requestedUsd.toPlainString()
            + " USD");
    this.budget = budget;
    this.limitUsd = limitUsd;
    this.spentUsd = spentUsd;
    this.requestedUsd = requestedUsd;
  }

  /** @return the budget's name */
  public String budget() {
    return budget;
  }

  /** @return the budget in USD */
  public BigDecimal limitUsd() {
    return limitUsd;
  }

  /** @return spent or reserved in USD when the call was refused */
  public BigDecimal spentUsd() {
    return spentUsd;
  }

  /** @return what the refused call would have reserved */
  public BigDecimal requestedUsd() {
    return requestedUsd;
  }

  /** @return {@code budget_exceeded}: a budget refused the call */
  @Override
  public String errorType() {
    return "budget_exceeded";
  }

  /** @return {@code budget} */
  @Override
  public String policy() {
    return "budget";
  }
}
