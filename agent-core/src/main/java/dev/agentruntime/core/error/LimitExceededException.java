package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.limits.Limit;
import java.util.Objects;

/**
 * A run limit stopped the run (steps, calls, wall-clock, loop detection, concurrent runs). The
 * partial result, when present, holds everything the run did before the stop.
 */
public class LimitExceededException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  /** Which limit. */
  private final Limit limit;
  /** Whether the configured reaction is to stop gracefully (the loop then asks the. */
  private final boolean graceful;

  /**
   * @param runId the run, or null
   * @param limit which limit
   * @param message details naming the limit and its value
   * @param graceful whether the configured reaction is to stop gracefully (the loop then asks the
   *     model for a final answer instead of failing)
   */
  public LimitExceededException(@Nullable String runId, Limit limit, String message, boolean graceful) {
    super(runId, message);
    this.limit = Objects.requireNonNull(limit, "limit");
    this.graceful = graceful;
  }

  /** @return which limit stopped the run */
  public Limit limit() {
    return limit;
  }

  /** @return whether the configured reaction is a graceful stop */
  public boolean graceful() {
    return graceful;
  }

  /** @return {@code limit_exceeded}: a run limit refused the call */
  @Override
  public String errorType() {
    return "limit_exceeded";
  }

  /** @return {@code limit} */
  @Override
  public String policy() {
    return "limit";
  }
}
