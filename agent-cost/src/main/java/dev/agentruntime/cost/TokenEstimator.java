package dev.agentruntime.cost;

import dev.agentruntime.core.model.ModelRequest;

/**
 * Estimates a request's input tokens before it is sent, for reservations and token-per-minute
 * limits. Thread-safe. The default is {@link JtokkitTokenEstimator}.
 */
@FunctionalInterface
public interface TokenEstimator {
  /**
   * @param request the request
   * @param model the model it goes to
   * @return the estimated input tokens, not negative
   */
  long estimateInputTokens(ModelRequest request, String model);
}
