package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The verdict of one {@link Assertion}.
 *
 * @param name the assertion's description
 * @param passed whether it held
 * @param message why it failed (or a note when it passed), never null
 * @param expected what was expected, for the report's diff (null when there is nothing to diff)
 * @param actual what the run produced, for the report's diff (null when there is nothing to diff)
 * @param score a score in [0, 1] for graded checks (judges), or null
 */
public record AssertionResult(
    String name, boolean passed, String message, @Nullable String expected, @Nullable String actual,
    @Nullable Double score) {

  /**
   * Validates.
   *
   * @param name the assertion's description
   * @param passed whether it held
   * @param message why it failed (or a note when it passed), never null
   * @param expected what was expected, for the report's diff (null when there is nothing to diff)
   * @param actual what the run produced, for the report's diff (null when there is nothing to diff)
   * @param score a score in [0, 1] for graded checks (judges), or null
   */
  public AssertionResult {
    Objects.requireNonNull(name, "name");
    message = message == null ? "" : message;
    if (score != null && (score.isNaN() || score < 0 || score > 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }

  /**
   * @param name the assertion
   * @return a pass
   */
  public static AssertionResult pass(String name) {
    return new AssertionResult(name, true, "", null, null, null);
  }

  /**
   * @param name the assertion
   * @param message why it failed
   * @return a failure
   */
  public static AssertionResult fail(String name, String message) {
    return new AssertionResult(name, false, message, null, null, null);
  }

  /**
   * @param name the assertion
   * @param passed whether it held
   * @param message explanation
   * @param expected expected value for the diff, or null
   * @param actual actual value for the diff, or null
   * @return the result
   */
  public static AssertionResult of(String name, boolean passed, String message, @Nullable String expected,
      @Nullable String actual) {
    return new AssertionResult(name, passed, message, expected, actual, null);
  }
}
