package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.internal.RenewalScheduler;
import dev.agentruntime.cost.store.InMemoryCostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model call that runs longer than the reservation TTL (a long streaming answer, a slow
 * reasoning model) keeps its budget reservation: it is renewed while the call is in flight, so a
 * concurrent call cannot take the room and overspend a hard budget; the renewal stops when the
 * call ends, however it ends.
 */
class LongCallKeepsItsReservationTest {

  private static final Duration TTL = Duration.ofMinutes(1);

  /** Renewal tasks run when the test says, after it moved the clock. */
  static final class ManualRenewals implements RenewalScheduler {
    final List<Runnable> tasks = new CopyOnWriteArrayList<>();
    final List<Duration> periods = new CopyOnWriteArrayList<>();

    @Override
    public Cancellable every(Duration period, Runnable task) {
      periods.add(period);
      tasks.add(task);
      return () -> tasks.remove(task);
    }

    void runDue() {
      tasks.forEach(Runnable::run);
    }
  }

  private static ModelResponse ok(int output) {
    return new ModelResponse(AssistantMessage.of("ok"), TokenUsage.of(8, output), FinishReason.STOP, null,
        "gpt-4o-mini", null);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aConcurrentCallIsRefusedWhileALongCallIsInFlight(boolean longCallSucceeds) throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    ManualRenewals renewals = new ManualRenewals();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    // gpt-4o-mini: a call of ~8 input and at most 100 output tokens reserves ~61 micro-dollars, so
    // one call fits in the 100 micro-dollar budget and two do not
    ScriptedModelClient model = ScriptedModelClient.builder()
        .info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenAnswer(r -> {
          entered.countDown();
          try {
            assertThat(finish.await(30, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          if (!longCallSucceeds) {
            throw new IllegalStateException("the connection dropped");
          }
          return ok(50);
        })
        .thenAnswer(r -> ok(10))
        .repeatLast(true)
        .build();
    CostTracker tracker = CostTracker.builder().clock(clock).store(new InMemoryCostStore(clock))
        .reservationTtl(TTL)
        .renewalScheduler(renewals)
        .budget(Budget.globalDaily("0.0001"))
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      CompletableFuture<Object> longCall = CompletableFuture.supplyAsync(() -> {
        try {
          return rt.run("long", RunOptions.builder().build(),
              (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
        } catch (Exception e) {
          return e;
        }
      });
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      long reserved = tracker.budgetState("global/day", null).reservedNanos();
      assertThat(reserved).as("the long call's worst case").isGreaterThan(50_000);
      assertThat(tracker.renewalsInFlight()).isEqualTo(1);

      // the call runs for two TTLs; its renewal fires every third of one
      for (int i = 0; i < 6; i++) {
        clock.advance(Duration.ofSeconds(20));
        renewals.runDue();
      }
      assertThat(tracker.budgetState("global/day", null).reservedNanos())
          .as("still reserved two TTLs into the call").isEqualTo(reserved);
      assertThatThrownBy(() -> rt.run("concurrent", RunOptions.builder().build(),
              (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()))
          .as("a concurrent call does not fit beside the long call's reservation")
          .isInstanceOf(BudgetExceededException.class);

      finish.countDown();
      Object outcome = longCall.get(10, TimeUnit.SECONDS);
      if (longCallSucceeds) {
        assertThat(outcome).isInstanceOfSatisfying(dev.agentruntime.core.AgentResult.class, r -> assertThat(r.output()).isEqualTo("ok"));
      } else {
        assertThat(outcome).isInstanceOf(Exception.class);
      }
    }
    assertThat(tracker.renewalsInFlight()).as("no renewal left once the call ended").isZero();
    renewals.runDue(); // its next run finds no reservation open and stops
    assertThat(renewals.tasks).as("the renewal task stopped").isEmpty();
    assertThat(renewals.periods).as("one task, renewing every third of the TTL").containsExactly(Duration.ofSeconds(20));
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
  }

  /**
   * Waits (at most 10 s) until no reservation is in flight and the daily global budget holds none;
   * then the renewal task's next run stops it.
   */
  private static void awaitNoRenewals(CostTracker tracker, ManualRenewals renewals) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while ((tracker.renewalsInFlight() != 0 || tracker.budgetState("global/day", null).reservedNanos() != 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(tracker.renewalsInFlight()).isZero();
    renewals.runDue(); // its next run finds no reservation open and stops
    assertThat(renewals.tasks).isEmpty();
  }

  /** A model that hangs until it is interrupted, telling when it was entered. */
  private static ScriptedModelClient hangs(CountDownLatch entered) {
    return ScriptedModelClient.builder()
        .info(ModelInfo.of("openai", "gpt-4o-mini"))
        .thenAnswer(r -> {
          entered.countDown();
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.UncheckedIOException(new java.io.InterruptedIOException("request interrupted"));
          }
          throw new IllegalStateException("not interrupted");
        })
        .build();
  }

  @Test
  void aCallCutByItsAttemptTimeoutStopsRenewing() throws Exception {
    ManualRenewals renewals = new ManualRenewals();
    CountDownLatch entered = new CountDownLatch(1);
    CostTracker tracker = CostTracker.builder().reservationTtl(TTL).renewalScheduler(renewals)
        .budget(Budget.globalDaily("10")).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(hangs(entered)).interceptor(tracker)
        .limits(dev.agentruntime.core.limits.RunLimits.none())
        .resilience(dev.agentruntime.core.resilience.ResiliencePolicy.builder()
            .retry(dev.agentruntime.core.resilience.RetryPolicy.none())
            .modelAttemptTimeout(Duration.ofMillis(300))
            .build())
        .build()) {
      assertThatThrownBy(() -> rt.run("go", RunOptions.builder().build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text())).isNotNull();
    }
    assertThat(entered.getCount()).isZero();
    assertThat(renewals.periods).hasSize(1);
    // the abandoned attempt ends on its own thread, after the run answered
    awaitNoRenewals(tracker, renewals);
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
  }

  @Test
  void aCancelledRunStopsRenewing() throws Exception {
    ManualRenewals renewals = new ManualRenewals();
    CountDownLatch entered = new CountDownLatch(1);
    CostTracker tracker = CostTracker.builder().reservationTtl(TTL).renewalScheduler(renewals)
        .budget(Budget.globalDaily("10")).build();
    try (AgentRuntime rt = Fixtures.runtime(hangs(entered), tracker)) {
      dev.agentruntime.core.RunHandle h = rt.start("go", RunOptions.builder().build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(tracker.renewalsInFlight()).isEqualTo(1);
      h.cancel("test");
      try {
        h.result().get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException expected) {
        // cancelled
      }
    }
    awaitNoRenewals(tracker, renewals);
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
  }

  @Test
  void aRenewalTheStoreCannotTakeIsLoggedAndNeverFailsTheCall() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    ManualRenewals renewals = new ManualRenewals();
    InMemoryCostStore memory = new InMemoryCostStore(clock);
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    dev.agentruntime.cost.store.CostStore flaky = new DownWhenTold(memory, down);
    ScriptedModelClient model = ScriptedModelClient.builder()
        .info(ModelInfo.of("openai", "gpt-4o-mini"))
        .thenAnswer(r -> {
          down.set(true);
          clock.advance(Duration.ofSeconds(20));
          renewals.runDue(); // fails: logged
          down.set(false);
          clock.advance(Duration.ofSeconds(20));
          renewals.runDue(); // renewed
          return ok(50);
        })
        .build();
    CostTracker tracker = CostTracker.builder().clock(clock).store(flaky).reservationTtl(TTL)
        .renewalScheduler(renewals).budget(Budget.globalDaily("0.0001")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThat(rt.run("go", RunOptions.builder().build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()).output()).isEqualTo("ok");
    }
    assertThat(tracker.renewalsInFlight()).isZero();
    renewals.runDue(); // its next run finds no reservation open and stops
    assertThat(renewals.tasks).isEmpty();
    assertThat(tracker.budgetState("global/day", null).reservedNanos()).isZero();
    assertThat(tracker.budgetState("global/day", null).usedNanos()).isPositive();
  }

  /** A store whose reservations fail while told it is down. */
  private static final class DownWhenTold implements dev.agentruntime.cost.store.CostStore {
    private final dev.agentruntime.cost.store.CostStore inner;
    private final java.util.concurrent.atomic.AtomicBoolean down;

    DownWhenTold(dev.agentruntime.cost.store.CostStore inner, java.util.concurrent.atomic.AtomicBoolean down) {
      this.inner = inner;
      this.down = down;
    }

    @Override
    public dev.agentruntime.cost.store.ReserveResult reserve(String id,
        List<dev.agentruntime.cost.store.CounterSpec> counters, long amountNanos, Duration ttl) {
      if (down.get()) {
        throw new dev.agentruntime.cost.store.CostStoreUnavailableException("test", "down", null);
      }
      return inner.reserve(id, counters, amountNanos, ttl);
    }

    @Override
    public List<dev.agentruntime.cost.store.CounterState> settle(String id,
        List<dev.agentruntime.cost.store.CounterSpec> counters, long actualNanos) {
      return inner.settle(id, counters, actualNanos);
    }

    @Override
    public dev.agentruntime.cost.store.CounterState read(dev.agentruntime.cost.store.CounterSpec counter) {
      return inner.read(counter);
    }

    @Override
    public boolean markAlert(dev.agentruntime.cost.store.CounterSpec counter, String window, int thresholdPercent) {
      return inner.markAlert(counter, window, thresholdPercent);
    }

    @Override
    public dev.agentruntime.cost.store.RateResult acquirePermits(String key, String permitId, long permits,
        long limit, Duration period) {
      return inner.acquirePermits(key, permitId, permits, limit, period);
    }

    @Override
    public void adjustPermits(String key, String permitId, long permits, Duration period) {
      inner.adjustPermits(key, permitId, permits, period);
    }
  }
}
