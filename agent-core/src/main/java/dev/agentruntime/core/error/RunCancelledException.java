package dev.agentruntime.core.error;

/** The run was cancelled from another thread; the partial result says how far it got. */
public class RunCancelledException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param runId the run
   * @param reason why it was cancelled
   */
  public RunCancelledException(String runId, String reason) {
    super(runId, "run " + runId + " was cancelled: " + reason);
  }
}
