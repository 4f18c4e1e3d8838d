package dev.agentruntime.cost.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link CostStore}: counters and rate limiters in concurrent maps, in this process
 * only. Counters expire on their own at their {@link CounterSpec#expiresAt()} (measured with the
 * given clock when the counter is created, then on the monotonic clock), or at once when
 * {@link #release released} (a run budget's counters when the run ends); idle rate limiters after
 * an hour. Expired entries are never used, and are swept out as new ones are created.
 * Multi-counter reservations lock the counters in key order, so they are atomic and
 * deadlock-free.
 */
public final class InMemoryCostStore implements CostStore {

  private static final Duration RATE_IDLE = Duration.ofHours(1);
  private static final long RATE_IDLE_NANOS = RATE_IDLE.toNanos();
  private static final int MIN_SWEEP_INTERVAL = 1024;

  private final Clock clock;
  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, RateCell> rates = new ConcurrentHashMap<>();
  private final AtomicInteger counterCreations = new AtomicInteger();
  private final AtomicInteger rateCreations = new AtomicInteger();

  /** A store whose counter expiry follows the system clock. */
  public InMemoryCostStore() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the clock counters' expiry times are measured against
   */
  public InMemoryCostStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static final class Counter {
    final long createdNanos; // System.nanoTime() at creation
    final long lifeNanos; // how long it lives from then
    long used;
    long reserved;
    java.util.Set<Integer> alertSet;

    Counter(long createdNanos, long lifeNanos) {
      this.createdNanos = createdNanos;
      this.lifeNanos = lifeNanos;
    }

    boolean expired(long nowNanos) {
      return nowNanos - createdNanos >= lifeNanos;
    }
  }

  private static final class RateCell {
    long tat; // theoretical arrival time, epoch nanos
    volatile long lastAccessNanos; // System.nanoTime() of the last use

    RateCell(long nowNanos) {
      this.lastAccessNanos = nowNanos;
    }
  }

  private Counter newCounter(CounterSpec spec, long nowNanos) {
    long life;
    try {
      life = Math.max(Duration.between(clock.instant(), spec.expiresAt()).toNanos(), 0);
    } catch (ArithmeticException e) {
      life = Long.MAX_VALUE;
    }
    return new Counter(nowNanos, life);
  }

  /** The live counter of a spec, created when absent or expired. */
  private Counter counter(CounterSpec spec, long nowNanos) {
    String key = spec.key();
    Counter c = counters.get(key);
    if (c != null && !c.expired(nowNanos)) {
      return c;
    }
    Counter created = counters.compute(key, (k, old) ->
        old != null && !old.expired(nowNanos) ? old : newCounter(spec, nowNanos));
    if (created != c) {
      int n = counterCreations.incrementAndGet();
      if (n >= Math.max(MIN_SWEEP_INTERVAL, counters.size() / 2)) {
        counterCreations.set(0);
        sweepCounters(nowNanos);
      }
    }
    return created;
  }

  private void sweepCounters(long nowNanos) {
    for (Iterator<Map.Entry<String, Counter>> it = counters.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Counter> e = it.next();
      if (e.getValue().expired(nowNanos)) {
        counters.remove(e.getKey(), e.getValue());
      }
    }
  }

  private RateCell cell(String key, long nowNanos) {
    RateCell c = rates.get(key);
    if (c != null && nowNanos - c.lastAccessNanos < RATE_IDLE_NANOS) {
      return c;
    }
    RateCell created = rates.compute(key, (k, old) ->
        old != null && nowNanos - old.lastAccessNanos < RATE_IDLE_NANOS ? old : new RateCell(nowNanos));
    if (created != c) {
      int n = rateCreations.incrementAndGet();
      if (n >= Math.max(MIN_SWEEP_INTERVAL, rates.size() / 2)) {
        rateCreations.set(0);
        for (Iterator<Map.Entry<String, RateCell>> it = rates.entrySet().iterator(); it.hasNext(); ) {
          Map.Entry<String, RateCell> e = it.next();
          if (nowNanos - e.getValue().lastAccessNanos >= RATE_IDLE_NANOS) {
            rates.remove(e.getKey(), e.getValue());
          }
        }
      }
    }
    return created;
  }

  @Override
  public ReserveResult reserve(List<CounterSpec> specs, long amountNanos) {
    Objects.requireNonNull(specs, "counters");
    if (amountNanos < 0) {
      throw new IllegalArgumentException("amountNanos must not be negative, was " + amountNanos);
    }
    int n = specs.size();
    if (n == 0) {
      return ReserveResult.GRANTED;
    }
    long nowNanos = System.nanoTime();
    if (n == 1) {
      CounterSpec s = specs.get(0);
      Counter c = counter(s, nowNanos);
      synchronized (c) {
        if (s.enforced() && c.used + c.reserved + amountNanos > s.limitNanos()) {
          return ReserveResult.refused(0, new CounterState(c.used, c.reserved));
        }
        c.reserved += amountNanos;
        return ReserveResult.GRANTED;
      }
    }
    int[] order = new int[n];
    Counter[] cs = new Counter[n];
    for (int i = 0; i < n; i++) {
      cs[i] = counter(specs.get(i), nowNanos);
      // insertion sort by key: lock order is the same for every caller, so no deadlock
      int j = i;
      String key = specs.get(i).key();
      while (j > 0 && specs.get(order[j - 1]).key().compareTo(key) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return lockedReserve(specs, cs, order, 0, amountNanos);
  }

  private ReserveResult lockedReserve(
      List<CounterSpec> specs, Counter[] cs, int[] order, int depth, long amount) {
    if (depth < order.length) {
      synchronized (cs[order[depth]]) {
        return lockedReserve(specs, cs, order, depth + 1, amount);
      }
    }
    // all locked
    for (int i = 0; i < cs.length; i++) {
      CounterSpec s = specs.get(i);
      Counter c = cs[i];
      if (s.enforced() && c.used + c.reserved + amount > s.limitNanos()) {
        return ReserveResult.refused(i, new CounterState(c.used, c.reserved));
      }
    }
    for (Counter c : cs) {
      c.reserved += amount;
    }
    return ReserveResult.GRANTED;
  }

  @Override
  public long[] settle(List<CounterSpec> specs, long reservedNanos, long actualNanos) {
    Objects.requireNonNull(specs, "counters");
    if (reservedNanos < 0 || actualNanos < 0) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
    long[] used = new long[specs.size()];
    long nowNanos = System.nanoTime();
    // each counter is settled on its own: settling only ever lowers "reserved" by what this call
    // added and raises "used", so no cross-counter invariant can be observed half-done
    for (int i = 0; i < used.length; i++) {
      Counter c = counter(specs.get(i), nowNanos);
      synchronized (c) {
        c.reserved = Math.max(0, c.reserved - reservedNanos);
        c.used += actualNanos;
        used[i] = c.used;
      }
    }
    return used;
  }

  @Override
  public CounterState read(String key) {
    Counter c = counters.get(Objects.requireNonNull(key, "key"));
    if (c == null || c.expired(System.nanoTime())) {
      return CounterState.EMPTY;
    }
    synchronized (c) {
      return new CounterState(c.used, c.reserved);
    }
  }

  @Override
  public void release(List<String> keys) {
    for (String key : Objects.requireNonNull(keys, "keys")) {
      counters.remove(Objects.requireNonNull(key, "key"));
    }
  }

  @Override
  public boolean markAlert(CounterSpec spec, int thresholdPercent) {
    Counter c = counter(spec, System.nanoTime());
    synchronized (c) {
      if (c.alertSet == null) {
        c.alertSet = new java.util.HashSet<>();
      }
      return c.alertSet.add(thresholdPercent);
    }
  }

  @Override
  public RateResult acquirePermits(
      String key, long permits, long limit, Duration period, Instant now) {
    long periodNanos = checkRate(key, permits, limit, period);
    if (permits > limit) {
      return new RateResult(false, null);
    }
    long increment = Math.multiplyExact(emission(periodNanos, limit), permits);
    long nowNanos = epochNanos(now);
    long ticks = System.nanoTime();
    RateCell cell = cell(key, ticks);
    cell.lastAccessNanos = ticks;
    synchronized (cell) {
      long tat = Math.max(cell.tat, nowNanos);
      long newTat = tat + increment;
      long allowAt = newTat - periodNanos;
      if (allowAt > nowNanos) {
        return new RateResult(false, Duration.ofNanos(allowAt - nowNanos));
      }
      cell.tat = newTat;
      return RateResult.GRANTED;
    }
  }

  @Override
  public void returnPermits(String key, long permits, long limit, Duration period, Instant now) {
    long periodNanos = checkRate(key, permits, limit, period);
    if (permits == 0) {
      return;
    }
    long ticks = System.nanoTime();
    RateCell cell = rates.get(key);
    if (cell == null || ticks - cell.lastAccessNanos >= RATE_IDLE_NANOS) {
      return;
    }
    cell.lastAccessNanos = ticks;
    long decrement = Math.multiplyExact(emission(periodNanos, limit), permits);
    long nowNanos = epochNanos(now);
    synchronized (cell) {
      cell.tat = Math.max(nowNanos, cell.tat - decrement);
    }
  }

  private static long checkRate(String key, long permits, long limit, Duration period) {
    Objects.requireNonNull(key, "key");
    if (permits < 0) {
      throw new IllegalArgumentException("permits must not be negative, was " + permits);
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return period.toNanos();
  }

  private static long emission(long periodNanos, long limit) {
    return Math.max(1, periodNanos / limit);
  }

  private static long epochNanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }
}
