package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
/**
 * Tokens used by one or more model calls.
 *
 * <p>As providers and the OpenTelemetry GenAI conventions count them, {@code cachedInputTokens}
 * and {@code cacheWriteInputTokens} are <em>part of</em> {@code inputTokens}, and
 * {@code reasoningTokens} are part of {@code outputTokens}.
 *
 * @param inputTokens prompt tokens, including cached ones
 * @param outputTokens completion tokens, including reasoning ones
 * @param cachedInputTokens input tokens served from the provider's prompt cache (cache reads)
 * @param cacheWriteInputTokens input tokens written to the provider's prompt cache
 * @param reasoningTokens output tokens spent on hidden reasoning
 */
public record TokenUsage(
    long inputTokens,
    long outputTokens,
    long cachedInputTokens,
    long cacheWriteInputTokens,
    long reasoningTokens) {

  /** No tokens. */
  public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0, 0);

  /**
   * Validates the counts.
   *
   * @param inputTokens prompt tokens, including cached ones
   * @param outputTokens completion tokens, including reasoning ones
   * @param cachedInputTokens input tokens served from the provider's prompt cache (cache reads)
   * @param cacheWriteInputTokens input tokens written to the provider's prompt cache
   * @param reasoningTokens output tokens spent on hidden reasoning
   */
  public TokenUsage {
    if (inputTokens < 0
        || outputTokens < 0
        || cachedInputTokens < 0
        || cacheWriteInputTokens < 0
        || reasoningTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
  }

  /**
   * @param input input tokens
   * @param output output tokens
   * @return usage without cache or reasoning detail
   */
  public static TokenUsage of(long input, long output) {
    return new TokenUsage(input, output, 0, 0, 0);
  }

  /** @return input plus output tokens */
  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  /**
   * @param other usage to add (null is treated as zero)
   * @return the sum
   */
  public TokenUsage plus(@Nullable TokenUsage other) {
    if (other == null || other == ZERO) {
      return this;
    }
    return new TokenUsage(
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        cachedInputTokens + other.cachedInputTokens,
        cacheWriteInputTokens + other.cacheWriteInputTokens,
        reasoningTokens + other.reasoningTokens);
  }
}
