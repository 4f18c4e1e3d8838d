package dev.agentruntime.core.error;

import dev.agentruntime.core.limits.Limit;

/** The run reached its maximum number of steps. */
public class StepLimitExceededException extends LimitExceededException {
  private static final long serialVersionUID = 1L;

  /**
   * @param runId the run
   * @param maxSteps the configured maximum
   * @param graceful whether the reaction is a graceful stop
   */
  public StepLimitExceededException(String runId, int maxSteps, boolean graceful) {
    super(runId, Limit.MAX_STEPS, "run reached its step limit (maxSteps=" + maxSteps + ")", graceful);
  }
}
