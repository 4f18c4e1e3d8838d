package dev.agentruntime.cost.internal;

import dev.agentruntime.core.RunLocal;
import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.cost.CostListener;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetAlert;
import dev.agentruntime.cost.budget.BudgetScope;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.OutagePolicy;
import dev.agentruntime.cost.store.ReserveResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces budgets by reservation on a {@link CostStore}: which budgets apply to a run, reserving a
 * call's worst case on all of them at once, settling the real cost, alerts at thresholds, and the
 * outage policy. Settles the store could not take are kept and retried (settles are idempotent
 * by reservation id). While a call is in flight its reservation is renewed (reserved again under
 * its id, which the store answers by renewing its expiry) by one task of this enforcer's that runs
 * every third of the reservation TTL while any reservation is open, so a call that runs longer than
 * the TTL keeps the room it reserved; the renewal stops when the reservation is settled or
 * released, and a reservation whose process died still expires a TTL after its last renewal. A
 * call adds its reservation to a set and takes it out again: nothing is scheduled per call (a
 * task per call woke the scheduler's thread at every call). Thread-safe.
 */
public final class BudgetEnforcer {

  private static final Logger LOG = LoggerFactory.getLogger(BudgetEnforcer.class);
  private static final Duration RUN_RETENTION = Duration.ofDays(1);
  /** How long a user's, tenant's or the global TOTAL counter is kept: for good (a century). */
  private static final Duration LIFETIME_RETENTION = Duration.ofDays(36_525);

  private final List<Budget> budgets;
  private final CostStore store;
  private final CostKeys keys;
  private final ZoneId zone;
  private final Clock clock;
  private final Duration totalRetention;
  private final Duration reservationTtl;
  private final OutagePolicy.Mode outageMode;
  private final List<CostListener> listeners;
  private final RenewalScheduler renewals;
  /** the reservations of calls in flight, renewed by {@link #sweeper} */
  private final Set<StoreReservation> renewing = ConcurrentHashMap.newKeySet();
  /** guards {@link #sweeper}'s start and stop against a reservation added meanwhile */
  private final Object sweeperLock = new Object();
  /** the task renewing {@link #renewing}, while any reservation is open (or was at its last run) */
  private RenewalScheduler.@Nullable Cancellable sweeper;
  private final AtomicLong sequence = new AtomicLong();
  /**
   * this instance's own: the ids of its reservations are unique among every tracker on the store (two
   * trackers of one process share a store when an application runs two runtimes)
   */
  private final String idPrefix = Long.toString(
      java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
  private final ConcurrentLinkedQueue<PendingSettle> pending = new ConcurrentLinkedQueue<>();
  /**
   * alert marks that failed (counter key in its window and threshold) to the token they were tried
   * with, to be tried again with it (see alert()); bounded: past it a failed mark is not retried
   */
  private final ConcurrentHashMap<String, String> failedMarks = new ConcurrentHashMap<>();
  private static final int MAX_FAILED_MARKS = 10_000;
  /**
   * this enforcer's own (not static): each tracker on a runtime resolves its own budgets for a run
   * (shared, a second tracker reserved on the first one's counters and never checked its own)
   */
  private final RunLocal<AtomicReference<CounterSet>> counters =
      RunLocal.withInitial("agent_runtime.cost.counters", AtomicReference::new);

  /** The budgets that apply to one run and their counters. */
  static final class CounterSet {
    final String runId;
    final String sessionId;
    final String userId;
    final String tenantId;
    final List<Budget> applicable;
    final List<String> subjects;
    final List<CounterSpec> specs;
    /** "index:window:threshold" already marked in the store. */
    final Set<String> fired = ConcurrentHashMap.newKeySet();

    CounterSet(RunView ctx, List<Budget> applicable, List<String> subjects, List<CounterSpec> specs) {
      this.runId = ctx.runId();
      this.sessionId = ctx.sessionId();
      this.userId = ctx.userId();
      this.tenantId = ctx.tenantId();
      this.applicable = applicable;
      this.subjects = subjects;
      this.specs = specs;
    }

    boolean matches(RunView ctx) {
      return Objects.equals(runId, ctx.runId())
          && Objects.equals(sessionId, ctx.sessionId())
          && Objects.equals(userId, ctx.userId())
          && Objects.equals(tenantId, ctx.tenantId());
    }
  }

  private record PendingSettle(String id, List<CounterSpec> specs, long actualNanos) {}

  /**
   * @param budgets the budgets (unique names)
   * @param store where counters live
   * @param keys the key scheme
   * @param zone the zone calendar windows follow
   * @param clock the clock alerts are stamped with
   * @param totalRetention life of counters without a calendar window
   * @param reservationTtl how long an unsettled reservation holds
   * @param outageMode what to do while the store is unavailable
   * @param listeners told about alerts
   * @param renewals runs the renewals of the reservations of calls in flight
   */
  public BudgetEnforcer(List<Budget> budgets, CostStore store, CostKeys keys, ZoneId zone, Clock clock,
      Duration totalRetention, Duration reservationTtl, OutagePolicy.Mode outageMode,
      List<CostListener> listeners, RenewalScheduler renewals) {
    this.budgets = List.copyOf(budgets);
    this.store = store;
    this.keys = keys;
    this.zone = zone;
    this.clock = clock;
    this.totalRetention = totalRetention;
    this.reservationTtl = reservationTtl;
    this.outageMode = outageMode;
    this.listeners = List.copyOf(listeners);
    this.renewals = Objects.requireNonNull(renewals, "renewals");
  }

  /**
   * The renewal task: renews every open reservation, or stops itself when none is open (the next
   * reservation starts it again), so an idle tracker holds no task and its scheduler no thread.
   */
  private void renewOpenReservations() {
    synchronized (sweeperLock) {
      if (renewing.isEmpty()) {
        if (sweeper != null) {
          sweeper.cancel();
          sweeper = null;
        }
        return;
      }
    }
    for (StoreReservation r : renewing) {
      r.renew();
    }
  }

  /** @return how many reservations of calls in flight are being renewed (none once every call ended) */
  public int renewalsInFlight() {
    return renewing.size();
  }

  /** @return whether any budget is configured */
  public boolean isEmpty() {
    return budgets.isEmpty();
  }

  /**
   * @param budgetName a budget's name
   * @param subject its subject (ignored for global budgets)
   * @return its counter's state in the current window
   * @throws IllegalArgumentException when no budget has that name
   */
  public CounterState state(String budgetName, String subject) {
    Budget b = budgets.stream().filter(x -> x.name().equals(budgetName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no budget named '" + budgetName + "'"));
    String subj = b.scope() == BudgetScope.GLOBAL ? "*" : subject;
    return store.read(spec(b, subj));
  }

  private CounterSpec spec(Budget b, String subject) {
    // a run's or a session's counter ends with its subject; a user's, a tenant's or everyone's
    // without a calendar window is a lifetime allowance (a trial credit, a prepaid balance): kept
    // for good, never started again after totalRetention
    Duration retention = b.scope() == BudgetScope.RUN ? RUN_RETENTION
        : b.scope() == BudgetScope.SESSION ? totalRetention : LIFETIME_RETENTION;
    return new CounterSpec(keys.budget(b.name(), subject), b.limitNanos(), b.enforced(), b.window(),
        zone, retention);
  }

  private CounterSet counterSet(RunView ctx) {
    AtomicReference<CounterSet> ref = ctx.local(counters);
    CounterSet set = ref.get();
    if (set != null && set.matches(ctx)) {
      return set;
    }
    List<Budget> applicable = new ArrayList<>(budgets.size());
    List<String> subjects = new ArrayList<>(budgets.size());
    List<CounterSpec> specs = new ArrayList<>(budgets.size());
    for (Budget b : budgets) {
      String subject = subject(b, ctx);
      if (subject == null || b.subjectId() != null && !b.subjectId().equals(scopeId(b, ctx))) {
        continue;
      }
      applicable.add(b);
      subjects.add(subject);
      specs.add(spec(b, subject));
    }
    set = new CounterSet(ctx, List.copyOf(applicable), List.copyOf(subjects), List.copyOf(specs));
    ref.set(set);
    return set;
  }

  /**
   * Reserves a call's worst-case cost on every budget that applies to the run, under an id of this
   * process's own.
   *
   * @param ctx the run
   * @param amountNanos the worst-case cost
   * @return the reservation, to settle or close
   * @throws BudgetExceededException when it does not fit in a hard budget
   * @throws CostStoreUnavailableException when the store is down and the policy fails closed
   */
  public Reservation reserve(RunView ctx, long amountNanos) {
    return reserve(ctx, null, amountNanos);
  }

  /**
   * Reserves a call's worst-case cost on every budget that applies to the run.
   *
   * <p>With a {@code callKey} the reservation id is the run's id and that key, the same in every
   * process: a run resumed after a crash reserves its calls under the ids the crashed process used,
   * so the store (idempotent by id) takes over a reservation the crashed process left open and
   * settles it once, and a call the crashed process already settled is not counted again. An id
   * settled before gives a reservation that holds nothing and says {@link Reservation#settledBefore()}:
   * if the call is sent again (it had failed), its spending is new and is reserved with
   * {@link #reserve(RunView, long)}.
   *
   * @param ctx the run
   * @param callKey the call's key within the run (stable across a resume), or null for an id of
   *     this process's own
   * @param amountNanos the worst-case cost
   * @return the reservation, to settle or close
   * @throws BudgetExceededException when it does not fit in a hard budget
   * @throws CostStoreUnavailableException when the store is down and the policy fails closed
   */
  public Reservation reserve(RunView ctx, @Nullable String callKey, long amountNanos) {
    if (budgets.isEmpty()) {
      return Reservation.NONE;
    }
    retryPendingSettles();
    CounterSet set = counterSet(ctx);
    if (set.specs.isEmpty()) {
      return Reservation.NONE;
    }
    String id = callKey == null ? idPrefix + "-" + sequence.incrementAndGet() : "run:" + ctx.runId() + ":" + callKey;
    ReserveResult r;
    try {
      r = store.reserve(id, set.specs, amountNanos, reservationTtl);
    } catch (CostStoreUnavailableException e) {
      // the reservation may have been made with only the reply lost (a timeout): release it as
      // soon as the store answers again (idempotent by id), so it cannot block the budget until
      // its TTL
      pending.add(new PendingSettle(id, set.specs, 0));
      if (outageMode == OutagePolicy.Mode.FAIL_OPEN) {
        LOG.warn("run {}: budgets not checked, the cost store is unavailable (outage policy FAIL_OPEN)",
            ctx.runId(), e);
        // the call goes ahead unchecked, but what it spends is still counted (now, or once the
        // store takes the kept settle): under an id of its own, as the release above may settle
        // this one at zero first
        return new StoreReservation(ctx, set, id + ":unbudgeted", 0, true);
      }
      throw (CostStoreUnavailableException) e.initRunId(ctx.runId());
    }
    if (!r.granted()) {
      int i = r.refusedIndex();
      Budget b = set.applicable.get(i);
      CounterState s = r.refusedState();
      if (b.alertThresholds().contains(100)) {
        alert(ctx, set, i, s.window(), 100, s.usedNanos(), true);
      }
      throw new BudgetExceededException(ctx.runId(), display(b, set.subjects.get(i), s.window()),
          b.limitUsd(), usd(s.usedNanos() + s.reservedNanos()), usd(amountNanos));
    }
    return r.alreadySettled() ? SETTLED_BEFORE : new StoreReservation(ctx, set, id, amountNanos);
  }

  /** A reservation under an id settled before: it holds nothing, and settling it would count nothing. */
  private static final Reservation SETTLED_BEFORE = new Reservation() {
    @Override
    public List<CounterState> settle(long actualNanos) {
      return List.of();
    }

    @Override
    public boolean settledBefore() {
      return true;
    }

    @Override
    public void close() {}
  };

  private final class StoreReservation implements Reservation {
    private final RunView ctx;
    private final CounterSet set;
    private final String id;
    private final long amountNanos;
    /** nothing was reserved (the store was down, FAIL_OPEN): settling records the spend only */
    private final boolean unbudgeted;
    /** guarded by this: settled or released (no renewal reaches the store after it is set) */
    private boolean done;

    StoreReservation(RunView ctx, CounterSet set, String id, long amountNanos) {
      this(ctx, set, id, amountNanos, false);
    }

    StoreReservation(RunView ctx, CounterSet set, String id, long amountNanos, boolean unbudgeted) {
      this.ctx = ctx;
      this.set = set;
      this.id = id;
      this.amountNanos = amountNanos;
      this.unbudgeted = unbudgeted;
      if (!unbudgeted) {
        startRenewal();
      }
    }

    private void startRenewal() {
      synchronized (sweeperLock) {
        renewing.add(this);
        if (sweeper != null) {
          return;
        }
        try {
          sweeper = renewals.every(Duration.ofNanos(Math.max(1_000_000L, reservationTtl.toNanos() / 3)),
              BudgetEnforcer.this::renewOpenReservations);
        } catch (RuntimeException e) { // rejected: the call goes on, its reservation held for one TTL
          renewing.remove(this);
          LOG.warn("run {}: the budget reservation {} could not be scheduled for renewal; a call longer than "
              + "the reservation TTL ({}) may lose it", ctx.runId(), id, reservationTtl, e);
        }
      }
    }

    /**
     * Reserves again under the same id: the store renews the open reservation's expiry. Under this
     * reservation's lock, so that it never reaches the store after the settle (a reserve after it
     * could open the id again in a store where the two race).
     */
    private synchronized void renew() {
      if (done) {
        return;
      }
      try {
        ReserveResult r = store.reserve(id, set.specs, amountNanos, reservationTtl);
        if (r.alreadySettled()) {
          stopRenewal(); // settled elsewhere (the run taken over by another process)
        } else if (!r.granted()) {
          LOG.warn("run {}: the budget reservation {} of a call in flight expired before it was renewed "
              + "and its room was taken; the call's cost is still counted when it settles", ctx.runId(), id);
        }
      } catch (RuntimeException e) {
        LOG.warn("run {}: cost store {} could not renew the budget reservation {}; will try again",
            ctx.runId(), store.describe(), id, e);
      }
    }

    /** Ends the renewal; the caller holds this reservation's lock. */
    private void stopRenewal() {
      renewing.remove(this);
    }

    /** @return true the first time: this call settles or releases it (renewals stopped) */
    private synchronized boolean finish() {
      if (done) {
        return false;
      }
      done = true;
      stopRenewal();
      return true;
    }

    @Override
    public List<CounterState> settle(long actualNanos) {
      if (!finish()) {
        return List.of();
      }
      if (unbudgeted && actualNanos == 0) {
        return List.of();
      }
      if (actualNanos > amountNanos && !unbudgeted) {
        LOG.warn("model call of run {} cost {} USD, more than the {} USD reserved for it "
                + "(output over its cap, or input over the estimate)",
            ctx.runId(), usd(actualNanos).toPlainString(), usd(amountNanos).toPlainString());
      }
      List<CounterState> states = trySettle(new PendingSettle(id, set.specs, actualNanos));
      if (!states.isEmpty()) {
        checkThresholds(ctx, set, states);
      }
      return states;
    }

    @Override
    public void close() {
      if (finish()) {
        if (!unbudgeted) { // nothing to release
          trySettle(new PendingSettle(id, set.specs, 0));
        }
      }
    }
  }

  private List<CounterState> trySettle(PendingSettle p) {
    try {
      return store.settle(p.id, p.specs, p.actualNanos);
    } catch (RuntimeException e) {
      LOG.warn("cost store {} could not settle reservation {} ({} nano-USD); will retry",
          store.describe(), p.id, p.actualNanos, e);
      pending.add(p);
      return List.of();
    }
  }

  /**
   * Retries settles the store could not take before; called before every reservation.
   *
   * @return how many are still pending
   */
  public int retryPendingSettles() {
    PendingSettle p;
    int n = pending.size();
    for (int i = 0; i < n && (p = pending.poll()) != null; i++) {
      try {
        store.settle(p.id, p.specs, p.actualNanos);
      } catch (RuntimeException e) {
        pending.add(p);
        break;
      }
    }
    return pending.size();
  }

  /**
   * A run budget's counters are the run's alone: once the run ends for good nothing can spend on
   * them, and they are released. A run that failed but can be resumed keeps them (they expire a day
   * after they were made): the resumed run is the same run, held to the same per-run budget.
   *
   * @param ctx the run that ended
   * @param resumable whether it may still be resumed (it failed, and it is checkpointed)
   */
  public void runEnded(RunView ctx, boolean resumable) {
    CounterSet set = ctx.local(counters).get();
    if (set == null || resumable) {
      return;
    }
    List<CounterSpec> runSpecs = new ArrayList<>(1);
    for (int i = 0; i < set.applicable.size(); i++) {
      if (set.applicable.get(i).scope() == BudgetScope.RUN) {
        runSpecs.add(set.specs.get(i));
      }
    }
    if (!runSpecs.isEmpty()) {
      try {
        store.release(runSpecs);
      } catch (RuntimeException e) {
        LOG.warn("cost store failed to release the counters of run {} (they will expire)", ctx.runId(), e);
      }
    }
  }

  private void checkThresholds(RunView ctx, CounterSet set, List<CounterState> states) {
    for (int i = 0; i < states.size(); i++) {
      Budget b = set.applicable.get(i);
      long used = states.get(i).usedNanos();
      long limit = set.specs.get(i).limitNanos();
      for (int t : b.alertThresholds()) {
        if (BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
            .compareTo(BigDecimal.valueOf(limit).multiply(BigDecimal.valueOf(t))) < 0) {
          break;
        }
        String window = states.get(i).window();
        if (set.fired.add(i + ":" + window + ":" + t)) {
          alert(ctx, set, i, window, t, used, false);
        }
      }
    }
  }

  /**
   * Delivers an alert if the store's mark says it is the first. Each mark is made under a token of
   * this enforcer's; when it fails (the store may have made it with the reply lost), its token is
   * kept and the mark is made again with it at the next check of that threshold, in this run's next
   * settle or refusal or in any later run on the same counter and window in this process: the store
   * answers true to the token the mark was first made with, so the alert is delivered once, late.
   */
  private void alert(RunView ctx, CounterSet set, int i, String window, int t, long usedNanos, boolean refused) {
    Budget b = set.applicable.get(i);
    CounterSpec spec = set.specs.get(i);
    String mark = spec.keyIn(window) + "\n" + t;
    String failed = failedMarks.get(mark);
    String token = failed != null ? failed : idPrefix + "-alert-" + sequence.incrementAndGet();
    boolean first;
    try {
      first = store.markAlert(spec, window, t, token);
    } catch (RuntimeException e) {
      LOG.warn("cost store could not mark the {}% alert of budget {}; will try again at its next check", t,
          b.name(), e);
      if (failed == null && failedMarks.size() < MAX_FAILED_MARKS) {
        failedMarks.putIfAbsent(mark, token);
      }
      set.fired.remove(i + ":" + window + ":" + t); // this run's next settle checks it again
      return;
    }
    if (failed != null) {
      failedMarks.remove(mark, failed);
    }
    if (!first) {
      return;
    }
    Instant now = clock.instant();
    String subject = set.subjects.get(i);
    BudgetAlert a = new BudgetAlert(b, subject, window, t, usd(usedNanos), refused, ctx.runId(), now);
    if (ctx.hasListeners()) {
      ctx.emit(new BudgetThresholdReached(ctx.runId(), now, display(b, subject, window), t, a.spentUsd(),
          b.limitUsd()));
    }
    for (CostListener l : listeners) {
      try {
        l.onBudgetAlert(a);
      } catch (RuntimeException e) {
        LOG.warn("cost listener failed", e);
      }
    }
  }

  private static String scopeId(Budget b, RunView ctx) {
    switch (b.scope()) {
      case SESSION:
        return ctx.sessionId();
      case USER:
        return ctx.userId();
      case TENANT:
        return ctx.tenantId();
      default:
        return null;
    }
  }

  private static String subject(Budget b, RunView ctx) {
    switch (b.scope()) {
      case RUN:
        return ctx.runId();
      case SESSION:
        return ctx.sessionId();
      case USER:
        String u = ctx.userId();
        if (u == null) {
          return null;
        }
        return CostKeys.userSubject(ctx.tenantId(), u);
      case TENANT:
        return ctx.tenantId();
      default:
        return "*";
    }
  }

  private static String display(Budget b, String subject, String window) {
    String scope = b.scope().name().toLowerCase(Locale.ROOT);
    String who = b.scope() == BudgetScope.GLOBAL ? "" : " " + subject;
    String w = b.window() == BudgetWindow.TOTAL ? "" : " / " + b.window().name().toLowerCase(Locale.ROOT) + " " + window;
    return b.name() + " (" + scope + who + w + ")";
  }

  /**
   * @param nanos nano-dollars
   * @return USD without trailing zeros
   */
  public static BigDecimal usd(long nanos) {
    return nanos == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
  }
}
