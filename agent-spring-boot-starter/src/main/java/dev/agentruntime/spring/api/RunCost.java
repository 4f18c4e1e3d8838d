package dev.agentruntime.spring.api;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.cost.CostTracker;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads a run's cost; loaded only when agent-cost is on the classpath. */
final class RunCost {
  private RunCost() {}

  /**
   * @param result a run's result
   * @return the run's whole cost in USD, when a {@link CostTracker} priced it
   */
  static Optional<BigDecimal> of(AgentResult result) {
    return result.attribute(CostTracker.RUN_COST);
  }
}
