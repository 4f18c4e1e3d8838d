package dev.agentruntime.cost.plan;

/**
 * Requests and tokens per minute. Tokens counted are a call's estimated input plus its output cap
 * while it runs, corrected to the real usage when it completes. Zero means "no limit".
 *
 * @param requestsPerMinute model calls per minute, 0 for no limit
 * @param tokensPerMinute tokens per minute, 0 for no limit
 */
public record RateLimit(long requestsPerMinute, long tokensPerMinute) {

  /** No limit. */
  public static final RateLimit NONE = new RateLimit(0, 0);

  /**
   * Validates the limits.
   *
   * @param requestsPerMinute model calls per minute, 0 for no limit
   * @param tokensPerMinute tokens per minute, 0 for no limit
   */
  public RateLimit {
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be >= 0 (0 = no limit), was " + requestsPerMinute);
    }
    if (tokensPerMinute < 0) {
      throw new IllegalArgumentException(
          "tokensPerMinute must be >= 0 (0 = no limit), was " + tokensPerMinute);
    }
  }

  /**
   * @param rpm requests per minute, 0 for no limit
   * @param tpm tokens per minute, 0 for no limit
   * @return the limit
   */
  public static RateLimit of(long rpm, long tpm) {
    return new RateLimit(rpm, tpm);
  }

  /** @return whether neither limit is set */
  public boolean isNone() {
    return requestsPerMinute == 0 && tokensPerMinute == 0;
  }
}
