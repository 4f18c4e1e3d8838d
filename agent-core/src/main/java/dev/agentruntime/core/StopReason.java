package dev.agentruntime.core;

/** Why a run stopped. Runs that return normally end COMPLETED or LIMIT_REACHED; failures throw. */
public enum StopReason {
  /** The agent gave its final answer. */
  COMPLETED,
  /**
   * A limit configured to stop gracefully was reached: the output is the best answer the model
   * gave when asked to wrap up (or the last text it produced), and {@link AgentResult#limit()}
   * says which limit.
   */
  LIMIT_REACHED,
  /** Only in the partial result of a failed run (see {@link dev.agentruntime.core.error.AgentRuntimeException#partialResult()}). */
  FAILED,
  /** Only in the partial result of a cancelled run. */
  CANCELLED
}
