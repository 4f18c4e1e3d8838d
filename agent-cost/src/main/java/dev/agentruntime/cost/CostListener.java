package dev.agentruntime.cost;

import dev.agentruntime.cost.budget.BudgetAlert;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.pricing.ModelPrice;

/**
 * Hears what the cost tracker does. Called synchronously on the calling thread: keep it fast and
 * thread-safe. An exception thrown by a listener is logged and ignored. Every method defaults to
 * doing nothing.
 */
public interface CostListener {

  /**
   * A budget crossed an alert threshold (once per budget, subject, window and threshold).
   *
   * @param alert what crossed
   */
  default void onBudgetAlert(BudgetAlert alert) {}

  /**
   * A model not in the catalog was priced at the configured default price.
   *
   * @param provider the provider called
   * @param model the model id
   * @param pricedAs the price used
   */
  default void onUnknownModel(String provider, String model, ModelPrice pricedAs) {}

  /**
   * A model call was priced and recorded.
   *
   * @param record the call
   */
  default void onCallPriced(CostRecord record) {}
}
