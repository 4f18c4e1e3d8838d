package dev.agentruntime.core.context;

/**
 * A model's token limits, as its provider publishes them.
 *
 * @param contextWindowTokens the most tokens one call may hold, input and output together
 * @param maxOutputTokens the most tokens one answer may have, or 0 when the provider publishes no
 *     separate limit (the answer shares the context window)
 */
public record ModelLimits(long contextWindowTokens, long maxOutputTokens) {
  /**
   * Validates.
   *
   * @param contextWindowTokens the most tokens one call may hold, input and output together
   * @param maxOutputTokens the most tokens one answer may have, or 0 when not published
   */
  public ModelLimits {
    if (contextWindowTokens <= 0) {
      throw new IllegalArgumentException("contextWindowTokens must be positive, was " + contextWindowTokens);
    }
    if (maxOutputTokens < 0) {
      throw new IllegalArgumentException("maxOutputTokens must be >= 0 (0: not published), was " + maxOutputTokens);
    }
  }
}
