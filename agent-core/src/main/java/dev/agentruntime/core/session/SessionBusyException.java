package dev.agentruntime.core.session;

import dev.agentruntime.core.error.AgentRuntimeException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A run configured to {@linkplain SessionConcurrency#WAIT wait} for its session gave up: another run
 * held the session's lease for longer than the wait timeout. Nothing of the run happened (no model
 * call, nothing appended); try the turn again later.
 */
public class SessionBusyException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;
  /** The session. */
  private final String sessionId;

  /**
   * @param runId the run that waited
   * @param sessionId the session
   * @param waited how long it waited
   */
  public SessionBusyException(@Nullable String runId, String sessionId, Duration waited) {
    super(runId, "session '" + sessionId + "' is busy: another run held it for longer than the wait timeout of "
        + waited);
    this.sessionId = sessionId;
  }

  /** @return the session */
  public String sessionId() {
    return sessionId;
  }
}
