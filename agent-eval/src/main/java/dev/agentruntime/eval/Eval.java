package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.eval.stats.Baseline;
import dev.agentruntime.eval.stats.RegressionCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a dataset against an agent: every case (each repeat in its own run, turns in order) on a
 * bounded pool, under a budget for the whole eval. Immutable and reusable; build with
 * {@link #builder()}.
 *
 * <pre>{@code
 * EvalResult result = Eval.builder()
 *     .name("support-agent")
 *     .agent(runtime::run)
 *     .dataset(Dataset.load(Path.of("evals/support.yaml")))
 *     .repeats(3)
 *     .parallelism(4)
 *     .budgetUsd("0.50")
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>The budget covers the agent's runs and the eval's own model calls (judges), as priced by the
 * cost module (see {@link Costs}). A run starts only while money is left: once the spend reaches
 * the cap, the remaining runs are SKIPPED (runs already going finish, so the overshoot is at most
 * {@code parallelism} runs), and judges refuse to call their model.
 */
public final class Eval {
  private final String name;
  private final AgentUnderTest agent;
  private final Dataset dataset;
  private final int repeats;
  private final int parallelism;
  private final @Nullable BigDecimal budgetUsd;
  private final double confidence;
  private final @Nullable Baseline baseline;
  private final RegressionCheck regressionCheck;
  private final Clock clock;

  private Eval(Builder b) {
    this.name = b.name;
    this.agent = b.agent;
    this.dataset = b.dataset;
    this.repeats = b.repeats;
    this.parallelism = b.parallelism;
    this.budgetUsd = b.budgetUsd;
    this.confidence = b.confidence;
    this.baseline = b.baseline;
    this.regressionCheck = b.regressionCheck;
    this.clock = b.clock;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the eval's name */
  public String name() {
    return name;
  }

  /** @return the dataset */
  public Dataset dataset() {
    return dataset;
  }

  /** @return runs per case */
  public int repeats() {
    return repeats;
  }

  /** @return the baseline results are compared with, if any */
  public java.util.Optional<Baseline> baseline() {
    return java.util.Optional.ofNullable(baseline);
  }

  /**
   * Runs every case {@link #repeats()} times.
   *
   * @return the result (compared with the baseline when one was given)
   */
  public EvalResult run() {
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    Meter meter = new Meter(budgetUsd);
    List<EvalCase> cases = dataset.cases();
    CaseRun[][] runs = new CaseRun[cases.size()][repeats];
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "agent-eval-" + name + "-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      // repeat-major: when the budget runs out, every case has had the same number of tries
      for (int r = 1; r <= repeats; r++) {
        for (int c = 0; c < cases.size(); c++) {
          int ci = c;
          int rep = r;
          futures.add(pool.submit(() -> runs[ci][rep - 1] = runCase(cases.get(ci), rep, meter)));
        }
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("eval " + name + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          futures.forEach(x -> x.cancel(true));
          throw new IllegalStateException("eval " + name + " interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<CaseResult> results = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      results.add(new CaseResult(cases.get(c), List.of(runs[c]), confidence));
    }
    EvalResult result = new EvalResult(name, start, Duration.ofNanos(System.nanoTime() - t0), repeats, confidence,
        results, meter.agent.get(), meter.judge.get(), budgetUsd, null);
    return baseline == null ? result : result.withComparison(regressionCheck.compare(baseline, result));
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  private CaseRun runCase(EvalCase c, int repeat, Meter meter) {
    if (meter.exhausted()) {
      return new CaseRun(c.id(), repeat, CaseRun.Status.SKIPPED, null, List.of(),
          "eval budget $" + budgetUsd.toPlainString() + " spent ($" + meter.total().toPlainString() + ")", null);
    }
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    List<AgentResult> turns = new ArrayList<>();
    List<ChatMessage> history = new ArrayList<>(c.history());
    Throwable error = null;
    int sent = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < c.turns().size() && error == null; i++) {
      String input = c.turns().get(i);
      RunOptions.Builder opts = RunOptions.builder()
          .sessionId(c.sessionId() != null ? c.sessionId() : "eval-" + c.id() + "-r" + repeat)
          .history(history)
          .tag("eval.name", name)
          .tag("eval.case", c.id())
          .tag("eval.repeat", String.valueOf(repeat))
          .listener(events::add);
      c.metadata().forEach(opts::tag);
      sent++;
      try {
        AgentResult r = agent.run(input, opts.build());
        if (r == null) {
          throw new IllegalStateException("the agent under test returned no result for case " + c.id());
        }
        turns.add(r);
        history.add(new UserMessage(input));
        history.add(AssistantMessage.of(r.output()));
      } catch (AgentRuntimeException e) {
        e.partialResult().ifPresent(turns::add);
        error = e;
      } catch (Exception | Error e) {
        error = e;
      }
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - t0);
    BigDecimal cost = turns.stream().map(Costs::of).reduce(BigDecimal.ZERO, BigDecimal::add);
    meter.agent.accumulateAndGet(cost, BigDecimal::add);
    RunOutcome outcome = new RunOutcome(c.id(), repeat, c.turns().subList(0, sent), turns, List.copyOf(events), error, latency, cost);
    return judge(c, repeat, outcome, meter);
  }

  private CaseRun judge(EvalCase c, int repeat, RunOutcome outcome, Meter meter) {
    List<AssertionResult> verdicts = new ArrayList<>();
    AtomicReference<BigDecimal> judgeCost = new AtomicReference<>(BigDecimal.ZERO);
    EvalContext context = new EvalContext() {
      @Override
      public @Nullable BigDecimal remainingUsd() {
        return budgetUsd == null ? null : budgetUsd.subtract(meter.total());
      }

      @Override
      public BigDecimal recordOwnSpend(AgentResult judgeRun) {
        BigDecimal cost = Costs.of(judgeRun);
        meter.judge.accumulateAndGet(cost, BigDecimal::add);
        judgeCost.accumulateAndGet(cost, BigDecimal::add);
        return cost;
      }
    };
    // a run may end with an exception only when an assertion is about that very exception
    boolean errorExpected = outcome.failed()
        && c.assertions().stream().anyMatch(a -> a.allowsFailure(outcome.error()));
    if (outcome.failed() && !errorExpected) {
      Throwable e = outcome.error();
      verdicts.add(AssertionResult.of("run completes", false,
          e.getClass().getSimpleName() + ": " + e.getMessage(), "a completed run", e.getClass().getSimpleName()));
    }
    String crash = null;
    for (Assertion a : c.assertions()) {
      try {
        AssertionResult v = a.check(outcome, context);
        verdicts.add(Objects.requireNonNull(v, () -> "assertion '" + a.name() + "' returned null"));
      } catch (Exception | AssertionError e) {
        verdicts.add(AssertionResult.fail(a.name(), "could not check: " + e));
        crash = crash == null ? "assertion '" + a.name() + "' could not be checked: " + e : crash;
      }
    }
    CaseRun.Status status;
    if (crash != null) {
      status = CaseRun.Status.ERROR;
    } else if (outcome.failed() && !(outcome.error() instanceof AgentRuntimeException) && !errorExpected) {
      status = CaseRun.Status.ERROR;
      crash = "the agent threw " + outcome.error();
    } else {
      status = verdicts.stream().allMatch(AssertionResult::passed) ? CaseRun.Status.PASSED : CaseRun.Status.FAILED;
    }
    return new CaseRun(c.id(), repeat, status, outcome, verdicts, crash, judgeCost.get());
  }

  private static final class Meter {
    final BigDecimal cap;
    final AtomicReference<BigDecimal> agent = new AtomicReference<>(BigDecimal.ZERO);
    final AtomicReference<BigDecimal> judge = new AtomicReference<>(BigDecimal.ZERO);

    Meter(BigDecimal cap) {
      this.cap = cap;
    }

    BigDecimal total() {
      return agent.get().add(judge.get());
    }

    boolean exhausted() {
      return cap != null && total().compareTo(cap) >= 0;
    }
  }

  /** Builder for {@link Eval}; validated at {@link #build()}. */
  public static final class Builder {
    private String name = "eval";
    private AgentUnderTest agent;
    private Dataset dataset;
    private int repeats = 1;
    private int parallelism = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private @Nullable BigDecimal budgetUsd;
    private double confidence = 0.95;
    private @Nullable Baseline baseline;
    private RegressionCheck regressionCheck = RegressionCheck.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param value the eval's name (reports, baseline)
     * @return this
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * @param value the agent (e.g. {@code runtime::run})
     * @return this
     */
    public Builder agent(AgentUnderTest value) {
      this.agent = value;
      return this;
    }

    /**
     * @param value the cases
     * @return this
     */
    public Builder dataset(Dataset value) {
      this.dataset = value;
      return this;
    }

    /**
     * @param value runs per case (1 by default); more give pass@k, pass^k and tighter intervals. With
     *     one run per case a case's latency, cost and tokens have no noise estimate, so the baseline
     *     gate reports their changes as inconclusive instead of gating them ({@link RegressionCheck})
     * @return this
     */
    public Builder repeats(int value) {
      this.repeats = value;
      return this;
    }

    /**
     * @param value how many runs go at once (up to 4 by default)
     * @return this
     */
    public Builder parallelism(int value) {
      this.parallelism = value;
      return this;
    }

    /**
     * @param value the most the whole eval may spend, in USD (agent and judges); uncapped by default
     *     (null: uncapped)
     * @return this
     */
    public Builder budgetUsd(@Nullable String value) {
      try {
        this.budgetUsd = value == null ? null : new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("budgetUsd is not a number: '" + value + "'", e);
      }
      return this;
    }

    /**
     * @param value confidence level of the intervals (0.95 by default)
     * @return this
     */
    public Builder confidence(double value) {
      this.confidence = value;
      return this;
    }

    /**
     * @param value a stored baseline to compare with; the result's {@link EvalResult#comparison()}
     *     (null: none)
     * @return this
     */
    public Builder baseline(@Nullable Baseline value) {
      this.baseline = value;
      return this;
    }

    /**
     * @param value how to compare with the baseline ({@link RegressionCheck#defaults()} unless set)
     * @return this
     */
    public Builder regressionCheck(RegressionCheck value) {
      this.regressionCheck = value;
      return this;
    }

    /**
     * @param value the clock for timestamps
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * @return the eval
     * @throws IllegalArgumentException naming the bad setting
     */
    public Eval build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("eval name must not be blank");
      }
      if (agent == null) {
        throw new IllegalArgumentException("eval " + name + ": agent(...) is required (e.g. runtime::run)");
      }
      if (dataset == null) {
        throw new IllegalArgumentException("eval " + name + ": dataset(...) is required");
      }
      if (repeats < 1) {
        throw new IllegalArgumentException("eval " + name + ": repeats must be >= 1, was " + repeats);
      }
      if (parallelism < 1) {
        throw new IllegalArgumentException("eval " + name + ": parallelism must be >= 1, was " + parallelism);
      }
      if (budgetUsd != null && budgetUsd.signum() <= 0) {
        throw new IllegalArgumentException("eval " + name + ": budgetUsd must be > 0, was " + budgetUsd);
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("eval " + name + ": confidence must be in (0, 1), was " + confidence);
      }
      if (regressionCheck == null || clock == null) {
        throw new IllegalArgumentException("eval " + name + ": regressionCheck and clock must not be null");
      }
      return new Eval(this);
    }
  }
}
