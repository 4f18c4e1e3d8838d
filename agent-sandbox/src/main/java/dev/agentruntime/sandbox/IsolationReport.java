package dev.agentruntime.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * The isolation actually in force for a {@link CodeSandbox}, as detected when it was built.
 *
 * @param level the boundary between code and host
 * @param backend the back end and its version, e.g. {@code "bubblewrap 0.8.0"} or {@code
 *     "process"}
 * @param hostUid the host user id the code runs as (in its first execution slot); differs from
 *     the JVM's when the JVM runs as root (the sandbox drops to unprivileged uids, leased for it
 *     alone, so that the process limit applies; the notes give the range)
 * @param notes human-readable facts about what is and is not enforced
 */
public record IsolationReport(IsolationLevel level, String backend, int hostUid, List<String> notes) {

  /**
   * Validates and copies.
   *
   * @param level the boundary between code and host
   * @param backend the back end and its version, e.g. {@code "bubblewrap 0.8.0"} or {@code
   *     "process"}
   * @param hostUid the host user id the code runs as (in its first execution slot); differs from
   *     the JVM's when the JVM runs as root (the sandbox drops to unprivileged uids, leased for it
   *     alone, so that the process limit applies; the notes give the range)
   * @param notes human-readable facts about what is and is not enforced
   */
  public IsolationReport {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(backend, "backend");
    notes = List.copyOf(notes);
  }

  /** @return a one-line summary, e.g. for logs */
  public String summary() {
    return level + " via " + backend + " (host uid " + hostUid + "): " + String.join("; ", notes);
  }
}
