package dev.agentruntime.core.checkpoint;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;

/**
 * Decides about a side-effecting tool call that was started before a crash and has no stored
 * result: it may or may not have had its effect. The default never re-runs it and tells the model
 * the outcome is unknown; a handler that can ask the downstream system (by the idempotency key)
 * can return the real outcome, or choose to re-run.
 */
@FunctionalInterface
public interface InDoubtHandler {

  /**
   * @param call the call in doubt
   * @param idempotencyKey its idempotency key (what the downstream system may know it by)
   * @param run the resumed run
   * @return what to do
   * @throws Exception to fail the resumed run
   */
  Resolution resolve(ToolCall call, String idempotencyKey, RunView run) throws Exception;

  /** @return the default: do not re-run; answer the model that the outcome is unknown */
  static InDoubtHandler doNotRerun() {
    return (call, key, run) -> Resolution.result(ToolResult.error("The outcome of this '" + call.name()
        + "' call is unknown: the process running it stopped before it reported a result. It was not run again;"
        + " check its effect before calling it again."));
  }

  /**
   * What to do with a call in doubt.
   *
   * @param runAgain whether to run it again
   * @param result the result to use instead when not re-running
   */
  record Resolution(boolean runAgain, ToolResult result) {
    /**
     * Validates.
     *
     * @param runAgain whether to run it again
     * @param result the result to use instead when not re-running
     */
    public Resolution {
      if (!runAgain && result == null) {
        throw new IllegalArgumentException("result must be given when not re-running");
      }
    }

    /** @return run the call again */
    public static Resolution rerun() {
      return new Resolution(true, null);
    }

    /**
     * @param result the outcome to report (for example looked up in the downstream system)
     * @return use this result, do not re-run
     */
    public static Resolution result(ToolResult result) {
      return new Resolution(false, result);
    }
  }
}
