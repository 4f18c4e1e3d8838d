package dev.agentruntime.core.checkpoint;

/** Where a checkpointed run stands. */
public enum RunStatus {
  /** Started and not finished: running, or crashed (resume it). */
  RUNNING,
  /** Finished with a result. */
  COMPLETED,
  /** Finished with an error; it may be resumed from its last checkpoint. */
  FAILED
}
