package dev.agentruntime.core.limits;

/** What happens when a limit is reached. */
public enum LimitReaction {
  /** Throw a {@link dev.agentruntime.core.error.LimitExceededException} carrying the partial result. */
  FAIL,
  /**
   * Stop gracefully: the built-in loop makes one last model call without tools asking for the best
   * answer so far, and the result says it was cut short ({@link dev.agentruntime.core.StopReason#LIMIT_REACHED}).
   * Custom loops return the last text the model produced.
   */
  STOP_GRACEFULLY
}
