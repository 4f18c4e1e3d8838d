package dev.agentruntime.core.session;

/** What a run does when another run is working on the same session. */
public enum SessionConcurrency {
  /**
   * Optimistic (the default): both runs go ahead; the one that appends second fails with a
   * {@link SessionConflictException} and appends nothing.
   */
  CONFLICT,
  /**
   * The second run waits (up to the configured time) until the first has appended, then loads the
   * session with the first run's messages and goes ahead; past the wait timeout it fails with a
   * {@link SessionBusyException}.
   */
  WAIT
}
