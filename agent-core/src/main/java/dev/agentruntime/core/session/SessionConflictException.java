package dev.agentruntime.core.session;

import dev.agentruntime.core.error.AgentRuntimeException;

/**
 * Another run appended to the session since this run loaded it: this run's messages were not
 * appended (nothing interleaves, nothing is lost). Retry the turn, or configure the session
 * interceptor to {@linkplain SessionConcurrency#WAIT wait} for the session instead.
 */
public class SessionConflictException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;
  /** The session. */
  private final String sessionId;
  /** The next sequence number the writer expected. */
  private final long expectedSeq;
  /** The session's actual next sequence number. */
  private final long actualSeq;

  /**
   * @param sessionId the session
   * @param expectedSeq the next sequence number the writer expected
   * @param actualSeq the session's actual next sequence number
   */
  public SessionConflictException(String sessionId, long expectedSeq, long actualSeq) {
    super(null, "session '" + sessionId + "' changed concurrently: expected to append at seq "
        + expectedSeq + " but the session is at seq " + actualSeq);
    this.sessionId = sessionId;
    this.expectedSeq = expectedSeq;
    this.actualSeq = actualSeq;
  }

  /** @return the session */
  public String sessionId() {
    return sessionId;
  }

  /** @return the next sequence number the writer expected */
  public long expectedSeq() {
    return expectedSeq;
  }

  /** @return the session's actual next sequence number */
  public long actualSeq() {
    return actualSeq;
  }
}
