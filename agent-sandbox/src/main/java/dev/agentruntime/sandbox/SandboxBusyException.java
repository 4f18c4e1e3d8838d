package dev.agentruntime.sandbox;

/** Every execution slot stayed busy for the whole queue timeout; retrying later may succeed. */
public class SandboxBusyException extends SandboxException {
  private static final long serialVersionUID = 1L;

  /** @param message how many slots and how long it waited */
  public SandboxBusyException(String message) {
    super(message, null);
  }
}
