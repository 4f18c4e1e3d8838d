package dev.agentruntime.eval.cassette;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * The agent made a call a replaying cassette does not hold: its prompt, tools or the model's
 * earlier answers changed since the recording. Re-record the cassette, or fix the change. Not
 * retried (the runtime classifies it as permanent).
 */
public class CassetteMissException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param runId the run, or null
   * @param message what was asked and how it differs from the closest recording
   */
  public CassetteMissException(@Nullable String runId, String message) {
    super(runId, message);
  }
}
