package dev.agentruntime.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an execution produced. Immutable.
 *
 * @param stdout standard output, decoded as UTF-8, at most the output cap
 * @param stdoutTruncated whether stdout went past the cap (the rest was dropped)
 * @param stderr standard error, decoded as UTF-8, at most the output cap
 * @param stderrTruncated whether stderr went past the cap
 * @param exitCode the exit code; 128 + n when the process died of signal n
 * @param duration wall-clock time from start to exit
 * @param exitReason why it stopped
 * @param isolation the isolation it ran under
 * @param advisories findings of the static pre-check (advice only, never a verdict; empty when
 *     the pre-check is off)
 */
public record ExecutionResult(
    String stdout,
    boolean stdoutTruncated,
    String stderr,
    boolean stderrTruncated,
    int exitCode,
    Duration duration,
    ExitReason exitReason,
    IsolationLevel isolation,
    List<String> advisories) {

  /**
   * Validates and copies.
   *
   * @param stdout standard output, decoded as UTF-8, at most the output cap
   * @param stdoutTruncated whether stdout went past the cap (the rest was dropped)
   * @param stderr standard error, decoded as UTF-8, at most the output cap
   * @param stderrTruncated whether stderr went past the cap
   * @param exitCode the exit code; 128 + n when the process died of signal n
   * @param duration wall-clock time from start to exit
   * @param exitReason why it stopped
   * @param isolation the isolation it ran under
   * @param advisories findings of the static pre-check (advice only, never a verdict; empty when
   *     the pre-check is off)
   */
  public ExecutionResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(exitReason, "exitReason");
    Objects.requireNonNull(isolation, "isolation");
    advisories = advisories == null ? List.of() : List.copyOf(advisories);
  }

  /** @return whether the code finished on its own with exit code 0 */
  public boolean succeeded() {
    return exitReason == ExitReason.FINISHED && exitCode == 0;
  }
}
