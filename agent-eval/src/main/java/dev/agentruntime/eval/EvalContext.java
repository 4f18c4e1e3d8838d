package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import java.math.BigDecimal;

/**
 * What an assertion may ask of the eval running it: the budget left, and a meter for the model
 * spend of its own calls (a judge's). Thread-safe.
 */
public interface EvalContext {

  /** @return USD left in the eval's budget (may be negative once overspent); null when uncapped */
  @Nullable BigDecimal remainingUsd();

  /** @return whether the eval's budget is spent */
  default boolean budgetExhausted() {
    BigDecimal r = remainingUsd();
    return r != null && r.signum() <= 0;
  }

  /**
   * Adds a run made on the eval's own behalf (a judge's) to the eval's spend.
   *
   * @param judgeRun the run
   * @return its cost in USD
   */
  BigDecimal recordOwnSpend(AgentResult judgeRun);

  /** @return a context without budget that records nothing (for using assertions outside an eval) */
  static EvalContext unbounded() {
    return new EvalContext() {
      @Override
      public @Nullable BigDecimal remainingUsd() {
        return null;
      }

      @Override
      public BigDecimal recordOwnSpend(AgentResult judgeRun) {
        return Costs.of(judgeRun);
      }
    };
  }
}
