package dev.agentruntime.eval.junit;

import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.CaseRun;
import dev.agentruntime.eval.Eval;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.EvalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns an {@link Eval} into JUnit 5 dynamic tests: a container per case holding one test per
 * repeat (a plain test per case when there is one repeat), and a last test "no regressions
 * against the baseline" when the eval has a baseline. The eval runs once (in parallel, as
 * configured) when the first test executes; each test then reports its run: PASSED passes,
 * FAILED fails with the failed assertions (and expected/actual for the IDE's diff), ERROR errors,
 * SKIPPED (budget spent) is aborted.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> supportAgent() {
 *   return EvalTests.of(eval, result -> EvalReport.writeAll(result, Path.of("target/eval")));
 * }
 * }</pre>
 */
public final class EvalTests {
  private EvalTests() {}

  /**
   * @param eval the eval
   * @return the tests
   */
  public static Stream<DynamicNode> of(Eval eval) {
    return of(eval, r -> {});
  }

  /**
   * @param eval the eval
   * @param onFinished called once with the result, before the first test reports (write reports here)
   * @return the tests
   */
  public static Stream<DynamicNode> of(Eval eval, Consumer<EvalResult> onFinished) {
    Objects.requireNonNull(eval, "eval");
    Objects.requireNonNull(onFinished, "onFinished");
    Once once = new Once(eval, onFinished);
    List<DynamicNode> nodes = new ArrayList<>();
    List<EvalCase> cases = eval.dataset().cases();
    for (int c = 0; c < cases.size(); c++) {
      EvalCase ec = cases.get(c);
      int ci = c;
      String label = ec.id() + (ec.tags().isEmpty() ? "" : " " + ec.tags());
      if (eval.repeats() == 1) {
        nodes.add(DynamicTest.dynamicTest(label, () -> report(once.get().cases().get(ci).runs().get(0))));
      } else {
        List<DynamicTest> repeats = new ArrayList<>();
        for (int r = 0; r < eval.repeats(); r++) {
          int ri = r;
          repeats.add(DynamicTest.dynamicTest(ec.id() + " repeat " + (r + 1),
              () -> report(once.get().cases().get(ci).runs().get(ri))));
        }
        nodes.add(DynamicContainer.dynamicContainer(label, repeats));
      }
    }
    if (eval.baseline().isPresent()) {
      nodes.add(DynamicTest.dynamicTest("no regressions against the baseline",
          () -> once.get().comparison().assertNoRegressions()));
    }
    return nodes.stream();
  }

  static void report(CaseRun run) {
    switch (run.status()) {
      case PASSED -> {
        return;
      }
      case SKIPPED -> throw new TestAbortedException(run.caseId() + " not run: " + run.message());
      case ERROR -> throw new IllegalStateException(run.caseId() + " repeat " + run.repeat() + ": "
          + run.failureSummary());
      case FAILED -> {
        AssertionResult first = run.assertions().stream().filter(a -> !a.passed()).findFirst().orElse(null);
        String message = run.caseId() + " repeat " + run.repeat() + " failed:\n" + run.failureSummary();
        if (first != null && first.expected() != null && first.actual() != null) {
          throw new AssertionFailedError(message, first.expected(), first.actual());
        }
        throw new AssertionFailedError(message);
      }
      default -> throw new IllegalStateException("unknown status " + run.status());
    }
  }

  private static final class Once {
    private final Eval eval;
    private final Consumer<EvalResult> onFinished;
    private EvalResult result;

    Once(Eval eval, Consumer<EvalResult> onFinished) {
      this.eval = eval;
      this.onFinished = onFinished;
    }

    synchronized EvalResult get() {
      if (result == null) {
        result = eval.run();
        onFinished.accept(result);
      }
      return result;
    }
  }
}
