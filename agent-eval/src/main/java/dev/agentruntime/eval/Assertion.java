package dev.agentruntime.eval;

/**
 * One check of a case run: of its output, its trajectory (tool calls, steps) or its telemetry
 * (cost, tokens, latency, guardrails, retries, limits). Factories live in {@code
 * dev.agentruntime.eval.assertion}; a judge's semantic check in {@code dev.agentruntime.eval.judge}.
 * Implementations must be thread-safe: cases run in parallel.
 */
public interface Assertion {

  /** @return a short description shown in reports, e.g. {@code output contains "refund"} */
  String name();

  /**
   * @param run what the agent did
   * @param context the eval's budget and spend meter (for checks that call a model themselves)
   * @return the verdict
   * @throws Exception when the check itself could not be made (the run is reported as ERROR)
   */
  AssertionResult check(RunOutcome run, EvalContext context) throws Exception;

  /**
   * @return whether this assertion is about a failed run (e.g. "the run was refused by the
   *     budget"), so that a run ending in an exception is not failed for that reason alone
   */
  default boolean expectsFailure() {
    return false;
  }

  /**
   * @param error the exception the run ended with
   * @return whether this assertion lets the run end with it (it is what the assertion is about:
   *     the guardrail's refusal, the limit, the expected exception); by default
   *     {@link #expectsFailure()}. A run that ended with an exception no assertion allows is not
   *     passed, whatever the assertions say
   */
  default boolean allowsFailure(Throwable error) {
    return expectsFailure();
  }

  /**
   * @param name description for reports
   * @param check the predicate
   * @return an assertion passing when the predicate holds
   */
  static Assertion of(String name, java.util.function.Predicate<RunOutcome> check) {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(check, "check");
    return new Assertion() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public AssertionResult check(RunOutcome run, EvalContext context) {
        return check.test(run) ? AssertionResult.pass(name) : AssertionResult.fail(name, "predicate did not hold");
      }
    };
  }
}
