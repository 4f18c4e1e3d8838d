package dev.agentruntime.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CostStore} keeps. Extend it and return a store from
 * {@link #newStore()}; the store runs on real time (short TTLs and periods, so the suite takes a
 * few seconds). Every test uses keys of its own fresh namespace, so a store on a shared server
 * needs no cleaning between tests.
 */
public abstract class CostStoreContract {

  /** The store under test, fresh for each test. */
  protected CostStore store;

  /** This test's own key namespace. */
  protected CostKeys keys;

  /**
   * @return a store on its real clock
   * @throws Exception when it cannot be created
   */
  protected abstract CostStore newStore() throws Exception;

  /**
   * Creates the store and the namespace.
   *
   * @throws Exception when the store cannot be created
   */
  @BeforeEach
  protected void createStore() throws Exception {
    store = newStore();
    keys = new CostKeys("contract-" + UUID.randomUUID());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private CounterSpec total(String name, long limit, boolean enforced) {
    return CounterSpec.total(keys.budget(name, "s"), limit, enforced, Duration.ofHours(1));
  }

  private static final Duration TTL = Duration.ofMinutes(5);

  @Test
  void reservesWhatFitsAndRefusesWhatDoesNotNamingTheCounter() {
    CounterSpec a = total("a", 1_000, true);
    CounterSpec b = total("b", 500, true);
    assertThat(store.reserve(id(), List.of(a, b), 300, TTL).granted()).isTrue();
    ReserveResult r = store.reserve(id(), List.of(a, b), 300, TTL);
    assertThat(r.granted()).isFalse();
    assertThat(r.refusedIndex()).isEqualTo(1);
    assertThat(r.refusedState()).isEqualTo(new CounterState("total", 0, 300));
    // all or nothing: a was not touched by the refused reservation
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 0, 300));
    assertThat(store.read(total("unknown", 1, true))).isEqualTo(new CounterState("total", 0, 0));
  }

  @Test
  void softCountersNeverRefuse() {
    CounterSpec soft = total("soft", 10, false);
    assertThat(store.reserve(id(), List.of(soft), 100, TTL).granted()).isTrue();
    assertThat(store.read(soft).reservedNanos()).isEqualTo(100);
  }

  @Test
  void settleTurnsTheReservationIntoSpendingOnceWhateverTheRetries() {
    CounterSpec a = total("a", 1_000, true);
    String id = id();
    store.reserve(id, List.of(a), 400, TTL);
    List<CounterState> after = store.settle(id, List.of(a), 250);
    assertThat(after).containsExactly(new CounterState("total", 250, 0));
    assertThat(store.settle(id, List.of(a), 250)).containsExactly(new CounterState("total", 250, 0));
    ReserveResult again = store.reserve(id, List.of(a), 400, TTL);
    assertThat(again.granted()).as("a settled id is not reserved again").isTrue();
    assertThat(again.alreadySettled()).as("and says so").isTrue();
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 250, 0));
    assertThat(store.settle(id, List.of(a), 400)).containsExactly(new CounterState("total", 250, 0));
  }

  @Test
  void anIdSettledAtZeroSaysSoWhenReservedAgain() {
    CounterSpec a = total("a", 1_000, true);
    String id = id();
    assertThat(store.reserve(id, List.of(a), 900, TTL).alreadySettled()).as("a new id").isFalse();
    store.settle(id, List.of(a), 0);
    // the caller (a call sent again after it failed) reserves its new spending under another id
    assertThat(store.reserve(id, List.of(a), 900, TTL)).isEqualTo(ReserveResult.ALREADY_SETTLED);
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 0, 0));
    assertThat(store.reserve(id(), List.of(a), 900, TTL).granted()).isTrue();
    assertThat(store.reserve(id(), List.of(a), 200, TTL).granted()).as("900 + 200 > 1000").isFalse();
  }

  @Test
  void reservingTheSameIdTwiceReservesOnce() {
    CounterSpec a = total("a", 1_000, true);
    String id = id();
    assertThat(store.reserve(id, List.of(a), 600, TTL)).isEqualTo(ReserveResult.GRANTED);
    assertThat(store.reserve(id, List.of(a), 600, TTL)).as("an open reservation is taken over")
        .isEqualTo(ReserveResult.GRANTED);
    assertThat(store.read(a).reservedNanos()).isEqualTo(600);
  }

  /**
   * A call in flight longer than the TTL renews its reservation by reserving again under its id:
   * the reservation outlives its first expiry, and still expires a TTL after the last renewal.
   */
  @Test
  void reservingAgainUnderAnOpenIdRenewsItsExpiry() throws Exception {
    Duration ttl = Duration.ofMillis(1_000);
    // a host stalled long enough to read after the renewed expiry too proves nothing: then the
    // scenario runs again on a counter of its own (each try's timing is checked, not assumed)
    for (int attempt = 1; ; attempt++) {
      CounterSpec a = total("renewed-" + attempt, 1_000, true);
      String id = id();
      assertThat(store.reserve(id, List.of(a), 1_000, ttl).granted()).isTrue();
      long reserved = System.nanoTime(); // the first expiry is at most a TTL from here
      sleepUntil(reserved, 500);
      long renewing = System.nanoTime(); // the renewed expiry is at least a TTL from here
      assertThat(store.reserve(id, List.of(a), 1_000, ttl)).as("renewed").isEqualTo(ReserveResult.GRANTED);
      sleepUntil(reserved, 1_250); // past the first expiry, before the renewed one (~1.5 s)
      long held = store.read(a).reservedNanos();
      boolean refused = !store.reserve(id(), List.of(a), 1, TTL).granted();
      boolean inTime = System.nanoTime() - renewing < ttl.toNanos() - 50_000_000L;
      if (!inTime && attempt < 3) {
        continue;
      }
      assertThat(inTime).as("three tries, each stalled past the renewed expiry").isTrue();
      assertThat(held).as("renewed: still reserved past its first expiry").isEqualTo(1_000);
      assertThat(refused).as("the room is not freed").isTrue();
      sleepUntil(renewing, 2_050); // past the renewed expiry
      assertThat(store.read(a).reservedNanos()).as("expires a TTL after its renewal").isZero();
      assertThat(store.reserve(id(), List.of(a), 1_000, TTL).granted()).as("the whole budget again").isTrue();
      return;
    }
  }

  @Test
  void reservingAgainWithAShorterTtlNeverShortensTheExpiry() throws Exception {
    CounterSpec a = total("a", 1_000, true);
    String id = id();
    assertThat(store.reserve(id, List.of(a), 1_000, TTL).granted()).isTrue();
    assertThat(store.reserve(id, List.of(a), 1_000, Duration.ofMillis(100)).granted()).isTrue();
    Thread.sleep(500);
    assertThat(store.read(a).reservedNanos()).as("still held for its first TTL").isEqualTo(1_000);
    assertThat(store.reserve(id(), List.of(a), 1, TTL).granted()).isFalse();
  }

  private static void sleepUntil(long startNanos, long millis) throws InterruptedException {
    long left = millis - (System.nanoTime() - startNanos) / 1_000_000;
    if (left > 0) {
      Thread.sleep(left);
    }
  }

  @Test
  void settlingZeroReleasesAndSpendingOverTheReservationIsRecorded() {
    CounterSpec a = total("a", 1_000, true);
    String r1 = id();
    String r2 = id();
    store.reserve(r1, List.of(a), 500, TTL);
    store.reserve(r2, List.of(a), 500, TTL);
    store.settle(r1, List.of(a), 0);
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 0, 500));
    store.settle(r2, List.of(a), 700);
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 700, 0));
  }

  @Test
  void anUnsettledReservationExpiresAfterItsTtlAndALateSettleStillCountsOnce() throws Exception {
    CounterSpec a = total("a", 1_000, true);
    String crashed = id();
    assertThat(store.reserve(crashed, List.of(a), 1_000, Duration.ofMillis(300)).granted()).isTrue();
    assertThat(store.reserve(id(), List.of(a), 1, TTL).granted()).isFalse();
    Thread.sleep(700);
    assertThat(store.read(a).reservedNanos()).as("expired reservations hold nothing").isZero();
    String next = id();
    assertThat(store.reserve(next, List.of(a), 600, TTL).granted()).isTrue();
    // the slow call finally settles: its spend is recorded (once), without touching the other reservation
    store.settle(crashed, List.of(a), 100);
    store.settle(crashed, List.of(a), 100);
    assertThat(store.read(a)).isEqualTo(new CounterState("total", 100, 600));
  }

  /** Subjects are user, tenant, session and run ids, which may hold any character. */
  @Test
  void aSubjectHoldingANewlineSettlesOnItsOwnCounters() {
    CounterSpec user = CounterSpec.total(keys.budget("per-user", "acme/al\nice"), 1_000, true, Duration.ofHours(1));
    CounterSpec global = CounterSpec.total(keys.budget("global", "*"), 1_000, true, Duration.ofHours(1));
    List<CounterSpec> counters = List.of(user, global);
    assertThat(store.reserve("r1", counters, 100, TTL).granted()).isTrue();
    store.settle("r1", counters, 40);
    CounterState u = store.read(user);
    CounterState g = store.read(global);
    assertThat(u.usedNanos()).as("user counter used").isEqualTo(40);
    assertThat(u.reservedNanos()).as("user counter reserved").isZero();
    assertThat(g.usedNanos()).as("global counter used").isEqualTo(40);
    assertThat(g.reservedNanos()).as("global counter reserved").isZero();
  }

  @Test
  void anExpiredReservationOfASubjectHoldingANewlineIsGivenBack() throws Exception {
    CounterSpec user = CounterSpec.total(keys.budget("per-user", "acme/al\nice\n"), 1_000, true,
        Duration.ofHours(1));
    CounterSpec global = CounterSpec.total(keys.budget("global", "*"), 1_000, true, Duration.ofHours(1));
    List<CounterSpec> counters = List.of(user, global);
    assertThat(store.reserve(id(), counters, 1_000, Duration.ofMillis(300)).granted()).isTrue();
    Thread.sleep(700);
    assertThat(store.read(user).reservedNanos()).as("user counter reserved").isZero();
    assertThat(store.read(global).reservedNanos()).as("global counter reserved").isZero();
    assertThat(store.reserve(id(), counters, 1_000, TTL).granted()).as("the whole budget again").isTrue();
  }

  @Test
  void concurrentReservationsNeverTakeSpendingOverTheLimit() throws Exception {
    CounterSpec shared = total("shared", 100_000, true);
    CounterSpec other = total("other", 60_000, true);
    AtomicLong settled = new AtomicLong();
    AtomicInteger refused = new AtomicInteger();
    runConcurrently(16, 40, t -> {
      long amount = ThreadLocalRandom.current().nextLong(500, 2_000);
      List<CounterSpec> cs = t % 2 == 0 ? List.of(shared, other) : List.of(other, shared);
      String id = id();
      if (store.reserve(id, cs, amount, TTL).granted()) {
        long actual = amount / 2 + ThreadLocalRandom.current().nextLong(amount / 2);
        store.settle(id, cs, actual);
        settled.addAndGet(actual);
      } else {
        refused.incrementAndGet();
      }
    });
    CounterState s = store.read(shared);
    assertThat(s.reservedNanos()).isZero();
    assertThat(s.usedNanos()).isEqualTo(settled.get());
    assertThat(store.read(other).usedNanos()).isEqualTo(settled.get()).isLessThanOrEqualTo(60_000);
    assertThat(refused.get()).isPositive();
  }

  @Test
  void calendarWindowsFollowTheStoresClock() {
    CounterSpec day = new CounterSpec(keys.budget("day", "s"), 1_000, true, BudgetWindow.DAY, ZoneOffset.UTC,
        Duration.ofHours(1));
    CounterSpec month = new CounterSpec(keys.budget("month", "s"), 1_000, true, BudgetWindow.MONTH,
        ZoneOffset.UTC, Duration.ofHours(1));
    String id = id();
    store.reserve(id, List.of(day, month), 10, TTL);
    List<CounterState> s = store.settle(id, List.of(day, month), 10);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(s.get(0).window()).isIn(today.toString(), today.minusDays(1).toString(), today.plusDays(1).toString());
    assertThat(s.get(1).window()).isEqualTo(s.get(0).window().substring(0, 7));
    assertThat(store.read(day).usedNanos()).isEqualTo(10);
  }

  @Test
  void anAlertThresholdFiresOncePerWindow() {
    CounterSpec a = total("a", 1_000, true);
    assertThat(store.markAlert(a, "total", 80)).isTrue();
    assertThat(store.markAlert(a, "total", 80)).isFalse();
    assertThat(store.markAlert(a, "total", 100)).isTrue();
    assertThat(store.markAlert(a, "2026-03-10", 80)).isTrue();
  }

  @Test
  void anAlertMarkedAgainUnderItsTokenIsStillTheFirst() {
    CounterSpec a = total("a", 1_000, true);
    assertThat(store.markAlert(a, "total", 80, "tok-1")).isTrue();
    assertThat(store.markAlert(a, "total", 80, "tok-1")).as("the same mark sent again").isTrue();
    assertThat(store.markAlert(a, "total", 80, "tok-2")).as("another caller's").isFalse();
    assertThat(store.markAlert(a, "total", 80)).isFalse();
    assertThat(store.markAlert(a, "total", 100, "tok-2")).isTrue();
    assertThat(store.markAlert(a, "total", 100)).isFalse();
    assertThat(store.markAlert(a, "total", 100, "tok-1")).isFalse();
  }

  @Test
  void releasedCountersStartAfresh() {
    CounterSpec run = total("run", 1_000, true);
    String id = id();
    store.reserve(id, List.of(run), 900, TTL);
    store.settle(id, List.of(run), 900);
    store.release(List.of(run));
    assertThat(store.read(run)).isEqualTo(new CounterState("total", 0, 0));
    assertThat(store.reserve(id(), List.of(run), 900, TTL).granted()).isTrue();
  }

  // ------------------------------------------------------------------------------ rate limits

  @Test
  void rateLimitersOfSubjectsDifferingInBracesVsParenthesesAreIndependent() {
    String bob1 = keys.rate("plan:user:acme/bob{1}:rpm");
    String bobParen = keys.rate("plan:user:acme/bob(1):rpm");
    assertThat(store.acquirePermits(bob1, "p1", 1, 1, Duration.ofMinutes(1)).granted()).isTrue();
    assertThat(store.acquirePermits(bobParen, "p2", 1, 1, Duration.ofMinutes(1)).granted())
        .as("another user's first request").isTrue();
  }

  @Test
  void aSlidingWindowAdmitsTheLimitAndSaysWhenTheFirstPermitLeaves() throws Exception {
    String key = keys.rate("rpm");
    Duration period = Duration.ofSeconds(1);
    for (int i = 0; i < 5; i++) {
      assertThat(store.acquirePermits(key, id(), 1, 5, period).granted()).isTrue();
    }
    RateResult r = store.acquirePermits(key, id(), 1, 5, period);
    assertThat(r.granted()).isFalse();
    assertThat(r.retryAfter()).isPositive().isLessThanOrEqualTo(period);
    Thread.sleep(r.retryAfter().toMillis() + 50);
    assertThat(store.acquirePermits(key, id(), 1, 5, period).granted()).isTrue();
  }

  @Test
  void noIntervalOfOnePeriodAdmitsMoreThanTheLimit() throws Exception {
    String key = keys.rate("edge");
    Duration period = Duration.ofMillis(1_000);
    List<Long> admitted = new ArrayList<>();
    long start = System.nanoTime();
    // bursts at the start, in the middle and just before the end of the first period
    for (long at : new long[] {0, 500, 950}) {
      while (System.nanoTime() - start < at * 1_000_000) {
        Thread.sleep(1);
      }
      for (int i = 0; i < 10; i++) {
        if (store.acquirePermits(key, id(), 1, 10, period).granted()) {
          admitted.add(System.nanoTime());
        }
      }
    }
    assertThat(admitted).hasSize(10);
  }

  @Test
  void weightedPermitsCanBeCorrectedAndGivenBack() {
    String key = keys.rate("tpm");
    Duration period = Duration.ofMinutes(1);
    String call = id();
    assertThat(store.acquirePermits(key, call, 80, 100, period).granted()).isTrue();
    assertThat(store.acquirePermits(key, id(), 30, 100, period).granted()).isFalse();
    store.adjustPermits(key, call, 10, period);
    String second = id();
    assertThat(store.acquirePermits(key, second, 30, 100, period).granted()).isTrue();
    assertThat(store.acquirePermits(key, id(), 70, 100, period).granted()).isFalse();
    store.adjustPermits(key, second, 0, period);
    assertThat(store.acquirePermits(key, id(), 90, 100, period).granted()).isTrue();
    store.adjustPermits(key, "unknown", 5, period);
  }

  /**
   * A permit taken again under the same id — a command the client sent again after a lost reply —
   * counts once: no phantom usage, and nothing left counted after it leaves the window.
   */
  @Test
  void aPermitTakenAgainUnderTheSameIdCountsOnce() throws Exception {
    String key = keys.rate("resent");
    Duration period = Duration.ofSeconds(1);
    String call = id();
    assertThat(store.acquirePermits(key, call, 2, 3, period).granted()).isTrue();
    assertThat(store.acquirePermits(key, call, 2, 3, period).granted()).as("the same permit again").isTrue();
    assertThat(store.acquirePermits(key, id(), 1, 3, period).granted()).as("room for one more").isTrue();
    assertThat(store.acquirePermits(key, id(), 1, 3, period).granted()).as("the limit is reached").isFalse();
    Thread.sleep(period.toMillis() + 100);
    for (int i = 0; i < 3; i++) {
      assertThat(store.acquirePermits(key, id(), 1, 3, period).granted()).as("after the window, permit " + i).isTrue();
    }
  }

  /**
   * A permit given back (adjusted to zero: the call never went out) and then taken again under the
   * same id — the client sending the lost command again after the application gave up on it — does
   * not count again: its id stays known, with weight zero, while it is in the window.
   */
  @Test
  void aPermitGivenBackAndSentAgainDoesNotCountAgain() {
    String key = keys.rate("given-back");
    Duration period = Duration.ofMinutes(1);
    String call = id();
    assertThat(store.acquirePermits(key, call, 2, 3, period).granted()).isTrue();
    store.adjustPermits(key, call, 0, period);
    assertThat(store.acquirePermits(key, call, 2, 3, period).granted()).as("the given-back permit again").isTrue();
    assertThat(store.acquirePermits(key, id(), 3, 3, period).granted()).as("the whole limit is free").isTrue();
    assertThat(store.acquirePermits(key, id(), 1, 3, period).granted()).as("and then used up").isFalse();
  }

  @Test
  void moreThanTheLimitCanNeverBeGranted() {
    RateResult r = store.acquirePermits(keys.rate("big"), id(), 101, 100, Duration.ofMinutes(1));
    assertThat(r.granted()).isFalse();
    assertThat(r.retryAfter()).isNull();
  }

  @Test
  void concurrentAcquiresNeverExceedTheLimit() throws Exception {
    String key = keys.rate("busy");
    AtomicInteger granted = new AtomicInteger();
    runConcurrently(16, 20, t -> {
      if (store.acquirePermits(key, id(), 1, 50, Duration.ofMinutes(1)).granted()) {
        granted.incrementAndGet();
      }
    });
    assertThat(granted.get()).isEqualTo(50);
  }

  /** A task run by many threads at once. */
  @FunctionalInterface
  protected interface Task {
    /**
     * @param thread the thread's index
     * @throws Exception on failure
     */
    void run(int thread) throws Exception;
  }

  /**
   * Runs {@code task} {@code times} times on each of {@code threads} threads started together.
   *
   * @param threads how many threads
   * @param times how many times each
   * @param task what to run
   * @throws Exception the first failure of a task
   */
  protected static void runConcurrently(int threads, int times, Task task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> ts = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      int k = t;
      Thread th = new Thread(() -> {
        try {
          go.await();
          for (int i = 0; i < times; i++) {
            task.run(k);
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      });
      th.start();
      ts.add(th);
    }
    go.countDown();
    for (Thread th : ts) {
      th.join();
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("a task failed", errors.get(0));
    }
  }
}
