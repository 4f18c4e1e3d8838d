package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.checkpoint.InMemoryCheckpointStore;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.ledger.CostReport;
import dev.agentruntime.cost.ledger.InMemoryCostLedger;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.InMemoryCostStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Budgets across a crash and {@code runtime.resume(runId)}: one process runs a three-call agent
 * and dies in the middle of it (its thread stops for good at the crash point, so nothing after it
 * runs: no settle, no release, no journal entry); a second process with its own
 * {@link CostTracker} on the same cost store, ledger, checkpoint and idempotency stores resumes
 * the run. Every call is counted once in the budgets and the ledger, no reservation is left, and
 * the resumed run reports the whole run's cost.
 */
class ResumedRunCostTest {

  private static final String GOAL = "Please refund order 42 and tell me its status.";

  /** Stands in for the process dying: nothing handles it. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
  // what outlives a process: the shared stores
  private final InMemoryCostStore costStore = new InMemoryCostStore(clock);
  private final InMemoryCostLedger ledger = new InMemoryCostLedger();
  private final CheckpointStore checkpoints = new InMemoryCheckpointStore();
  private final IdempotencyStore idempotency = new InMemoryIdempotencyStore();
  private final AtomicInteger refunds = new AtomicInteger();

  /** Answers from what the conversation holds, as a model would: refund, then lookup, then the answer. */
  private static ScriptedModelClient model(AtomicInteger sent) {
    return model(sent, new AtomicBoolean());
  }

  /**
   * As {@link #model(AtomicInteger)}, and while {@code failLookup} is set the call that would ask
   * for the lookup (the run's second) fails once, as a provider's outage does (nothing billed).
   */
  private static ScriptedModelClient model(AtomicInteger sent, AtomicBoolean failLookup) {
    return ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true)
        .thenAnswer(r -> {
          String seen = String.join("\n", r.messages().stream().map(ChatMessage::text).toList());
          if (seen.contains("refund R-42 done") && !seen.contains("status: refunded")
              && failLookup.compareAndSet(true, false)) {
            throw new ModelCallException(null, "gpt-4o-mini", "HTTP 503: overloaded", null,
                ErrorClassification.PERMANENT, 503, null);
          }
          sent.incrementAndGet();
          if (seen.contains("status: refunded")) {
            return new ModelResponse(AssistantMessage.of("Order 42 is refunded."), TokenUsage.of(300_000, 20_000),
                FinishReason.STOP, null, "gpt-4o-mini", null);
          }
          ToolCall next = seen.contains("refund R-42 done") ? ToolCall.of("c2", "lookup", "{\"order\":42}")
              : ToolCall.of("c1", "refund", "{\"order\":42}");
          long in = next.name().equals("lookup") ? 200_000 : 100_000;
          return new ModelResponse(new AssistantMessage("", List.of(next)), TokenUsage.of(in, 10_000),
              FinishReason.TOOL_CALLS, null, "gpt-4o-mini", null);
        })
        .build();
  }

  private CostTracker tracker() {
    return tracker(Budget.globalDaily("100").named("all"), Budget.perRun("10"));
  }

  private CostTracker tracker(Budget global, Budget perRun) {
    return CostTracker.builder().clock(clock).store(costStore).ledger(ledger).budget(global).budget(perRun)
        .build();
  }

  /** One process: its own tracker, model client and runtime over the shared stores. */
  private AgentRuntime process(CostTracker tracker, AtomicInteger sent, AgentInterceptor crasher) {
    return process(tracker, model(sent), crasher);
  }

  private AgentRuntime process(CostTracker tracker, ScriptedModelClient model, AgentInterceptor crasher) {
    Tool refund = Tool.builder("refund").sideEffecting(true)
        .handler(inv -> { refunds.incrementAndGet(); return "refund R-42 done"; }).build();
    Tool lookup = Tool.builder("lookup").handler(inv -> "order 42 status: refunded").build();
    AgentRuntime.Builder b = AgentRuntime.builder().model(model).tools(refund, lookup)
        .limits(RunLimits.none()).resilience(ResiliencePolicy.none())
        .idempotencyStore(idempotency)
        .interceptor(tracker) // its per-attempt companion comes with it
        .interceptor(DurableRuns.builder(checkpoints, idempotency).build());
    if (crasher != null) {
      // inside the journal: what it stops never reached the checkpoint
      b.interceptor(Placement.in(Stage.RESILIENCE), crasher);
    }
    return b.build();
  }

  /** Stops the calling thread for good at a point of the run ("the process is killed there"). */
  private static final class Crasher implements AgentInterceptor {
    final String point;
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch end = new CountDownLatch(1);
    final AtomicInteger modelCalls = new AtomicInteger();
    volatile boolean armed;

    Crasher(String point) {
      this.point = point;
    }

    void die() {
      reached.countDown();
      try {
        end.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new Crash();
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      ModelResponse r = chain.proceed(chain.request());
      if (armed && modelCalls.incrementAndGet() == 2 && point.equals("during-model")) {
        die(); // the provider answered (and charged) but the process died before it read the answer
      }
      return r;
    }

    @Override
    public ToolResult aroundToolCall(ToolChain chain) throws Exception {
      ToolResult r = chain.proceed(chain.call());
      if (armed && chain.call().name().equals("refund") && point.equals("after-tool")) {
        die();
      }
      return r;
    }
  }

  private CounterState global(CostTracker tracker) {
    return tracker.budgetState("all", "*");
  }

  private static BigDecimal cost(AgentResult r) {
    return r.attribute(CostTracker.RUN_COST).orElseThrow();
  }

  private CostReport today() {
    LocalDate d = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    return ledger.report(d, d, 5);
  }

  @Test
  void aResumedRunIsChargedOnceForEveryCallAndLeavesNoReservation() throws Exception {
    for (String point : List.of("after-tool", "during-model")) {
      // process A has served another run before the one it dies in, as a server does
      CostTracker trackerA = tracker();
      AtomicInteger sentA = new AtomicInteger();
      Crasher crasher = new Crasher(point);
      AgentResult straight;
      Thread dying;
      BigDecimal spentBefore = trackerA.spent("all", "*");
      int callsBefore = (int) today().total().calls();
      try (AgentRuntime a = process(trackerA, sentA, crasher)) {
        straight = a.run(GOAL, RunOptions.builder().runId("straight-" + point).build());
        assertThat(straight.output()).isEqualTo("Order 42 is refunded.");
        BigDecimal straightSpent = trackerA.spent("all", "*").subtract(spentBefore);
        assertThat(straightSpent).isEqualByComparingTo(cost(straight));
        crasher.armed = true;
        long refundsBefore = refunds.get();

        String runId = "crashed-" + point;
        dying = new Thread(() -> a.run(GOAL, RunOptions.builder().runId(runId).build()), "process-A");
        dying.setDaemon(true);
        dying.start();
        assertThat(crasher.reached.await(30, TimeUnit.SECONDS)).as("reached %s", point).isTrue();
        if (point.equals("during-model")) {
          assertThat(global(trackerA).reservedNanos()).as("the call in flight holds a reservation").isPositive();
        }

        // process B: a new tracker on the same stores resumes the run
        CostTracker trackerB = tracker();
        AtomicInteger sentB = new AtomicInteger();
        AgentResult resumed;
        try (AgentRuntime b = process(trackerB, sentB, null)) {
          resumed = b.resume(runId);
        }
        assertThat(resumed.output()).isEqualTo(straight.output());
        assertThat(refunds.get() - refundsBefore).as("refunds, crash %s", point).isEqualTo(1);
        assertThat(sentB).as("model calls B made, crash %s", point).hasValue(2);
        assertThat(cost(resumed)).as("the resumed run reports the whole run's cost (%s)", point)
            .isEqualByComparingTo(cost(straight));
        assertThat(resumed.usage()).isEqualTo(straight.usage());

        BigDecimal spent = trackerB.spent("all", "*").subtract(spentBefore);
        assertThat(spent).as("budget spent by both runs, crash %s: each call once", point)
            .isEqualByComparingTo(cost(straight).multiply(BigDecimal.valueOf(2)));
        assertThat(global(trackerB).reservedNanos()).as("reservations left after the resumed run, crash %s", point)
            .isZero();
        CostReport report = today();
        assertThat(report.total().calls() - callsBefore).as("ledger records, crash %s", point).isEqualTo(6);
        assertThat(report.total().costUsd()).isEqualByComparingTo(
            spentBefore.add(cost(straight).multiply(BigDecimal.valueOf(2))));
      } finally {
        crasher.end.countDown();
      }
      dying.join(10_000);
    }
  }

  /**
   * A run that failed (its second call refused by the provider) and is resumed: the call it sends
   * again is new spending, reserved and counted like any other, not taken for the failed attempt
   * whose reservation was released under the same id.
   */
  @Test
  void aFailedRunResumedIsChargedForTheCallsItSendsAgain() {
    String runId = "failed-then-resumed";
    AtomicBoolean failLookup = new AtomicBoolean(true);
    AtomicInteger sentA = new AtomicInteger();
    CostTracker trackerA = tracker();
    try (AgentRuntime a = process(trackerA, model(sentA, failLookup), null)) {
      assertThatThrownBy(() -> a.run(GOAL, RunOptions.builder().runId(runId).build()))
          .isInstanceOf(ModelCallException.class);
    }
    assertThat(sentA).hasValue(1);
    CostTracker trackerB = tracker();
    AtomicInteger sentB = new AtomicInteger();
    AgentResult resumed;
    try (AgentRuntime b = process(trackerB, sentB, null)) {
      resumed = b.resume(runId);
    }
    assertThat(resumed.output()).isEqualTo("Order 42 is refunded.");
    assertThat(sentB).as("the failed call and the last one are sent").hasValue(2);
    assertThat(trackerB.spent("all", "*")).as("every call the provider answered, once")
        .isEqualByComparingTo(cost(resumed));
    assertThat(global(trackerB).reservedNanos()).isZero();
    assertThat(today().total().calls()).isEqualTo(3);
    assertThat(today().total().costUsd()).isEqualByComparingTo(cost(resumed));
  }

  /**
   * Budgets hold across a failure and a resume as in a run that never failed: the spend before the
   * failure still counts (for the per-run budget too: a resumed run is the same run), and the call
   * sent again is checked before it goes out. Each budget alone lets the first two calls through
   * and refuses the third.
   */
  @Test
  void aBudgetRefusesAResumedRunWhereItRefusesARunThatNeverFailed() {
    for (boolean perRun : List.of(false, true)) {
      Budget tight = perRun ? Budget.perRun("0.04") : Budget.globalDaily("0.03").named("all");
      Budget loose = perRun ? Budget.globalDaily("100").named("all") : Budget.perRun("10");
      String label = perRun ? "per-run budget" : "global budget";
      InMemoryCostStore fresh = new InMemoryCostStore(clock);
      AtomicInteger sentStraight = new AtomicInteger();
      CostTracker straight = CostTracker.builder().clock(clock).store(fresh).budget(tight).budget(loose).build();
      try (AgentRuntime rt = process(straight, sentStraight, null)) {
        assertThatThrownBy(() -> rt.run(GOAL, RunOptions.builder().runId("straight-" + label).build()))
            .as(label).isInstanceOf(BudgetExceededException.class);
      }
      assertThat(sentStraight).as("calls sent by a run that never failed, %s", label).hasValue(2);

      String runId = "failed-" + label;
      AtomicBoolean failLookup = new AtomicBoolean(true);
      AtomicInteger sentA = new AtomicInteger();
      try (AgentRuntime a = process(tracker(tight, loose), model(sentA, failLookup), null)) {
        assertThatThrownBy(() -> a.run(GOAL, RunOptions.builder().runId(runId).build()))
            .as(label).isInstanceOf(ModelCallException.class);
      }
      AtomicInteger sentB = new AtomicInteger();
      try (AgentRuntime b = process(tracker(tight, loose), sentB, null)) {
        assertThatThrownBy(() -> b.resume(runId)).as(label).isInstanceOf(BudgetExceededException.class);
      }
      assertThat(sentA.get() + sentB.get()).as("calls sent by the failed and the resumed run, %s", label)
          .isEqualTo(sentStraight.get());
    }
  }

  @Test
  void trackersOfTwoProcessesSharingOneStoreCountEveryCall() {
    AtomicInteger sent = new AtomicInteger();
    BigDecimal total = BigDecimal.ZERO;
    for (int process = 0; process < 2; process++) {
      CostTracker tracker = tracker();
      try (AgentRuntime rt = process(tracker, sent, null)) {
        total = total.add(cost(rt.run(GOAL, RunOptions.builder().runId("p" + process).build())));
      }
      assertThat(tracker.spent("all", "*")).as("after process %d", process).isEqualByComparingTo(total);
    }
    assertThat(global(tracker()).reservedNanos()).isZero();
  }
}
