package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.AgentRuntimeException;

/** The sandbox could not run the code at all (as opposed to code that ran and failed). */
public class SandboxException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what happened
   * @param cause the cause, or null
   */
  public SandboxException(String message, @Nullable Throwable cause) {
    super(null, message, cause);
  }
}
