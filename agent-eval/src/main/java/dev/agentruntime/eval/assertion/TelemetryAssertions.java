package dev.agentruntime.eval.assertion;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.eval.Assertion;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.EvalContext;
import dev.agentruntime.eval.RunOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Assertions on what a run cost and ran into, read from its result and events: cost, tokens,
 * latency, guardrail decisions, retries, limits, and the failure a run was expected to end with.
 */
public final class TelemetryAssertions {
  private TelemetryAssertions() {}

  /**
   * @param maxUsd the most the run may cost, in USD (as priced by the cost module)
   * @return the assertion
   */
  public static Assertion costAtMost(String maxUsd) {
    BigDecimal max;
    try {
      max = new BigDecimal(Objects.requireNonNull(maxUsd, "maxUsd"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("maxUsd is not a number: '" + maxUsd + "'", e);
    }
    if (max.signum() < 0) {
      throw new IllegalArgumentException("maxUsd must be >= 0, was " + maxUsd);
    }
    String name = "cost <= $" + max.toPlainString();
    return of(name, null, run -> AssertionResult.of(name, run.costUsd().compareTo(max) <= 0,
        "cost $" + run.costUsd().toPlainString(), max.toPlainString(), run.costUsd().toPlainString()));
  }

  /**
   * @param max the most tokens (input + output, all turns) the run may use
   * @return the assertion
   */
  public static Assertion tokensAtMost(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max tokens must be >= 0, was " + max);
    }
    String name = "tokens <= " + max;
    return of(name, null, run -> {
      long used = run.usage().totalTokens();
      return AssertionResult.of(name, used <= max, "used " + used + " tokens", String.valueOf(max), String.valueOf(used));
    });
  }

  /**
   * @param max the longest the run may take (all turns)
   * @return the assertion
   */
  public static Assertion latencyAtMost(Duration max) {
    if (max == null || max.isNegative()) {
      throw new IllegalArgumentException("max latency must be >= 0, was " + max);
    }
    String name = "latency <= " + max.toMillis() + " ms";
    return of(name, null, run -> AssertionResult.of(name, run.latency().compareTo(max) <= 0,
        "took " + run.latency().toMillis() + " ms", max.toMillis() + " ms", run.latency().toMillis() + " ms"));
  }

  /** @return passes when no guardrail blocked anything (warnings and redactions are fine) */
  public static Assertion noGuardrailBlock() {
    String name = "no guardrail block";
    return of(name, null, run -> {
      Set<String> blocks = new LinkedHashSet<>();
      for (GuardrailTriggered g : run.events(GuardrailTriggered.class)) {
        if ("block".equals(g.action())) {
          blocks.add(g.guardrail() + " at " + g.point());
        }
      }
      if (run.error() instanceof GuardrailViolationException e) {
        blocks.add(e.getMessage());
      }
      return AssertionResult.of(name, blocks.isEmpty(), blocks.isEmpty() ? "" : "blocked: " + blocks, null, null);
    });
  }

  /**
   * @param guardrail a guardrail's name
   * @param action the decision expected ({@code block}, {@code rewrite}, {@code reask}, {@code warn}),
   *     or null for any
   * @return passes when that guardrail triggered with that action; the run may end with that
   *     guardrail's refusal (a {@code GuardrailViolationException} naming it), not another failure
   */
  public static Assertion guardrailTriggered(String guardrail, @Nullable String action) {
    Objects.requireNonNull(guardrail, "guardrail");
    String name = "guardrail " + guardrail + (action == null ? "" : " " + action) + " triggered";
    // the run may end with that guardrail's refusal, not with any other failure
    return of(name, e -> e instanceof dev.agentruntime.core.error.GuardrailViolationException g
        && g.guardrail().equals(guardrail), run -> {
      List<GuardrailTriggered> all = run.events(GuardrailTriggered.class);
      boolean ok = all.stream().anyMatch(g -> g.guardrail().equals(guardrail) && (action == null || action.equals(g.action())));
      return AssertionResult.of(name, ok, ok ? "" : "triggered: "
          + all.stream().map(g -> g.guardrail() + ":" + g.action()).toList(), null, null);
    });
  }

  /** @return passes when no model or tool call was retried */
  public static Assertion noRetry() {
    String name = "no retry";
    return of(name, null, run -> {
      List<RetryScheduled> retries = run.events(RetryScheduled.class);
      return AssertionResult.of(name, retries.isEmpty(), retries.isEmpty() ? ""
          : retries.size() + " retr" + (retries.size() == 1 ? "y" : "ies") + ": "
              + retries.stream().map(r -> r.target() + " (" + r.errorType() + ")").toList(), null, null);
    });
  }

  /** @return passes when no limit stopped or refused anything */
  public static Assertion noLimitHit() {
    String name = "no limit hit";
    return of(name, null, run -> {
      Set<String> hit = new LinkedHashSet<>();
      run.events(LimitReached.class).forEach(l -> hit.add(l.limit().name()));
      run.turns().stream().map(AgentResult::limit).filter(Objects::nonNull).forEach(l -> hit.add(l.name()));
      if (run.error() instanceof LimitExceededException e) {
        hit.add(e.getMessage());
      }
      return AssertionResult.of(name, hit.isEmpty(), hit.isEmpty() ? "" : "hit " + hit, null, null);
    });
  }

  /**
   * @param limit the limit expected to stop (or refuse) the run
   * @return the assertion; the run may end with that limit's {@code LimitExceededException}, not
   *     another failure
   */
  public static Assertion limitHit(Limit limit) {
    Objects.requireNonNull(limit, "limit");
    String name = "limit " + limit + " hit";
    return of(name, e -> e instanceof LimitExceededException l && l.limit() == limit, run -> {
      boolean ok = run.events(LimitReached.class).stream().anyMatch(l -> l.limit() == limit)
          || run.turns().stream().anyMatch(t -> t.limit() == limit);
      return AssertionResult.of(name, ok, ok ? "" : "not hit", null, null);
    });
  }

  /**
   * @param type the exception the run is expected to end with (or a supertype)
   * @return the assertion; the only way a failing run can pass
   */
  public static Assertion failsWith(Class<? extends Throwable> type) {
    Objects.requireNonNull(type, "type");
    String name = "run fails with " + type.getSimpleName();
    return of(name, type::isInstance, run -> {
      Throwable e = run.error();
      boolean ok = e != null && type.isInstance(e);
      return AssertionResult.of(name, ok, e == null ? "run completed" : ok ? e.getMessage()
          : "failed with " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          type.getSimpleName(), e == null ? "(no failure)" : e.getClass().getSimpleName());
    });
  }

  /**
   * @param allows the exceptions the run may end with for this assertion (what it is about), or
   *     null for none
   */
  private static Assertion of(String name, java.util.function.@Nullable Predicate<Throwable> allows,
      Function<RunOutcome, AssertionResult> check) {
    return new Assertion() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public AssertionResult check(RunOutcome run, EvalContext context) {
        return check.apply(run);
      }

      @Override
      public boolean expectsFailure() {
        return allows != null;
      }

      @Override
      public boolean allowsFailure(Throwable error) {
        return allows != null && allows.test(error);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
