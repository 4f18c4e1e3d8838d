package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
/**
 * The isolation back end is missing or does not work on this host (bubblewrap not installed,
 * user namespaces disabled, ...), and weaker process-only isolation was not accepted.
 */
public class SandboxUnavailableException extends SandboxException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is missing and how to fix it
   * @param cause the cause, or null
   */
  public SandboxUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
