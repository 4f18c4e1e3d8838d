package dev.agentruntime.cost.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The default {@link CostStore}: counters and rate limiters in Caffeine caches, in this process
 * only. Counters expire on their own at their {@link CounterSpec#expiresAt()} (measured with the
 * given clock when the counter is created); idle rate limiters after an hour. Multi-counter
 * reservations lock the counters in key order, so they are atomic and deadlock-free.
 */
public final class InMemoryCostStore implements CostStore {

  private static final Duration RATE_IDLE = Duration.ofHours(1);

  private final Clock clock;
  private final Cache<String, Counter> counters;
  private final Cache<String, RateCell> rates;

  /** A store whose counter expiry follows the system clock. */
  public InMemoryCostStore() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the clock counters' expiry times are measured against
   */
  public InMemoryCostStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.counters =
        Caffeine.newBuilder()
            .expireAfter(
                new Expiry<String, Counter>() {
                  @Override
                  public long expireAfterCreate(String key, Counter value, long currentTime) {
                    long n = Duration.between(InMemoryCostStore.this.clock.instant(), value.expiresAt)
                        .toNanos();
                    return Math.max(n, 0);
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, Counter value, long currentTime, long currentDuration) {
                    return currentDuration;
                  }

                  @Override
                  public long expireAfterRead(
                      String key, Counter value, long currentTime, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
    this.rates = Caffeine.newBuilder().expireAfterAccess(RATE_IDLE).build();
  }

  private static final class Counter {
    final Instant expiresAt;
    long used;
    long reserved;
    java.util.Set<Integer> alertSet;

    Counter(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }
  }

  private static final class RateCell {
    long tat; // theoretical arrival time, epoch nanos
  }

  private Counter counter(CounterSpec spec) {
    return counters.get(spec.key(), k -> new Counter(spec.expiresAt()));
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
    if (n == 1) {
      CounterSpec s = specs.get(0);
      Counter c = counter(s);
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
      cs[i] = counter(specs.get(i));
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
    // each counter is settled on its own: settling only ever lowers "reserved" by what this call
    // added and raises "used", so no cross-counter invariant can be observed half-done
    for (int i = 0; i < used.length; i++) {
      Counter c = counter(specs.get(i));
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
    Counter c = counters.getIfPresent(Objects.requireNonNull(key, "key"));
    if (c == null) {
      return CounterState.EMPTY;
    }
    synchronized (c) {
      return new CounterState(c.used, c.reserved);
    }
  }

  @Override
  public boolean markAlert(CounterSpec spec, int thresholdPercent) {
    Counter c = counter(spec);
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
    RateCell cell = rates.get(key, k -> new RateCell());
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
    RateCell cell = rates.getIfPresent(key);
    if (cell == null) {
      return;
    }
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
