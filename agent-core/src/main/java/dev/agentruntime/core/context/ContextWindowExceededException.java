package dev.agentruntime.core.context;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * The messages that may not be cut (the pinned ones and the current user turn) do not fit the
 * model's context window even after clearing and summarising: nothing was sent.
 */
public class ContextWindowExceededException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param runId the run, or null
   * @param needed the tokens the uncuttable messages take
   * @param budget the tokens allowed
   */
  public ContextWindowExceededException(@Nullable String runId, long needed, long budget) {
    super(runId, "the context does not fit the model's window: the pinned messages and the current turn take "
        + needed + " tokens, the budget is " + budget + " (raise the window, lower reservedOutputTokens, or"
        + " shorten the input)");
  }
}
