package dev.agentruntime.core.context;

import java.util.Objects;

/**
 * How much context the next model call may take.
 *
 * @param maxInputTokens the model's context window minus the tokens reserved for its answer
 * @param counter how to count tokens
 */
public record ContextBudget(long maxInputTokens, TokenCounter counter) {
  /**
   * Validates.
   *
   * @param maxInputTokens the model's context window minus the tokens reserved for its answer
   * @param counter how to count tokens
   */
  public ContextBudget {
    if (maxInputTokens <= 0) {
      throw new IllegalArgumentException("maxInputTokens must be positive, was " + maxInputTokens);
    }
    Objects.requireNonNull(counter, "counter");
  }
}
