package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.time.Duration;

/** A rate limit (requests or tokens per minute) refused the call; says when to retry. */
public class RateLimitedException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;
  /** Which limit refused (e.g. {@code plan 'free' rpm for user alice}). */
  private final String limit;

  /**
   * @param runId the run, or null
   * @param limit which limit refused (e.g. {@code plan 'free' rpm for user alice})
   * @param retryAfter when a retry may succeed, or null
   */
  public RateLimitedException(@Nullable String runId, String limit, @Nullable Duration retryAfter) {
    super(
        runId,
        "rate limit reached: "
            + limit
            + (retryAfter == null ? "" : "; retry after " + retryAfter.toMillis() + " ms"));
    this.limit = limit;
    this.retryAfter = retryAfter;
  }

  /** @return when a retry may succeed, or null when unknown */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /** @return which limit refused the call */
  public String limit() {
    return limit;
  }

  /** @return {@code rate_limited}: a rate limit refused the call */
  @Override
  public String errorType() {
    return "rate_limited";
  }

  /** @return {@code rate_limit} */
  @Override
  public String policy() {
    return "rate_limit";
  }
}
