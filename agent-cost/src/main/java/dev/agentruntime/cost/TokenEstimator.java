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

  /**
   * Estimates the tokens of text a model generated, for a streaming call abandoned before it
   * reported its usage. The default counts four characters a token.
   *
   * @param text the text streamed so far
   * @param model the model that generated it
   * @return the estimated output tokens, not negative
   */
  default long estimateOutputTokens(String text, String model) {
    return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
  }
}
