package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One run (one repeat) of a case and its verdict.
 *
 * @param caseId the case
 * @param repeat which repeat, from 1
 * @param status the verdict
 * @param outcome what the agent did (null when skipped)
 * @param assertions each assertion's verdict, in the case's order (plus a leading "run completed"
 *     failure when the run threw and no assertion expected it)
 * @param message why the run is SKIPPED or ERROR, or empty
 * @param judgeCostUsd what the eval's own model calls (judges) spent on this run
 */
public record CaseRun(
    String caseId,
    int repeat,
    Status status,
    @Nullable RunOutcome outcome,
    List<AssertionResult> assertions,
    String message,
    BigDecimal judgeCostUsd) {

  /** A run's verdict. */
  public enum Status {
    /** Every assertion held. */
    PASSED,
    /** An assertion failed (or the run failed and nothing expected it). */
    FAILED,
    /** An assertion could not be checked (a judge failed, the agent threw something unexpected). */
    ERROR,
    /** Not run: the eval's budget was spent. */
    SKIPPED
  }

  /**
   * Validates and copies.
   *
   * @param caseId the case
   * @param repeat which repeat, from 1
   * @param status the verdict
   * @param outcome what the agent did (null when skipped)
   * @param assertions each assertion's verdict, in the case's order (plus a leading "run completed"
   * @param message why the run is SKIPPED or ERROR, or empty
   * @param judgeCostUsd what the eval's own model calls (judges) spent on this run
   */
  public CaseRun {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(status, "status");
    assertions = List.copyOf(assertions);
    message = message == null ? "" : message;
    judgeCostUsd = judgeCostUsd == null ? BigDecimal.ZERO : judgeCostUsd;
  }

  /** @return whether it passed */
  public boolean passed() {
    return status == Status.PASSED;
  }

  /** @return whether it ran (was not skipped) */
  public boolean ran() {
    return status != Status.SKIPPED;
  }

  /** @return the failed assertions' messages, one line each (empty when passed) */
  public String failureSummary() {
    StringBuilder sb = new StringBuilder();
    if (!message.isEmpty()) {
      sb.append(message);
    }
    for (AssertionResult a : assertions) {
      if (!a.passed()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(a.name()).append(": ").append(a.message());
      }
    }
    return sb.toString();
  }
}
