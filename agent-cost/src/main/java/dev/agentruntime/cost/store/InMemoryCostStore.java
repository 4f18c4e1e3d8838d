package dev.agentruntime.cost.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The default {@link CostStore}: counters, reservations and rate-limit logs in concurrent maps,
 * in this process only. Everything is timed by the given clock: calendar windows, reservation
 * TTLs, counter expiry and the rate limiters' sliding windows. Multi-counter reservations lock the
 * counters in key order, so they are atomic and deadlock-free.
 */
public final class InMemoryCostStore implements CostStore {

  /** How long a settled reservation id is remembered, so a retried settle never counts twice. */
  static final Duration SETTLED_RETENTION = Duration.ofDays(1);

  private static final int SWEEP_INTERVAL = 1024;

  private final Clock clock;
  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Reservation> reservations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> settled = new ConcurrentHashMap<>();
  /** settled ids in the order they were settled, so forgetting the old ones reads only those */
  private final ConcurrentLinkedQueue<SettledId> settledOrder = new ConcurrentLinkedQueue<>();
  /** held by the one thread that forgets old settled ids (the others go on) */
  private final ReentrantLock forgetting = new ReentrantLock();
  private final ConcurrentHashMap<String, RateLog> logs = new ConcurrentHashMap<>();
  private final AtomicInteger counterCreations = new AtomicInteger();
  private final AtomicInteger settles = new AtomicInteger();
  private final AtomicInteger logCreations = new AtomicInteger();
  /** The earliest expiry among open reservations (Long.MAX_VALUE when none is known). */
  private volatile long nextReservationExpiry = Long.MAX_VALUE;

  /** A store timed by the system clock. */
  public InMemoryCostStore() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the clock windows, TTLs and rate windows follow
   */
  public InMemoryCostStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static final class Counter {
    final long expiresAtMillis;
    long used;
    long reserved;
    /** threshold to the token it was first marked with */
    Map<Integer, Object> alerts;

    Counter(long expiresAtMillis) {
      this.expiresAtMillis = expiresAtMillis;
    }

    boolean expired(long nowMillis) {
      return nowMillis >= expiresAtMillis;
    }
  }

  private record Reservation(long amount, String[] keys, Counter[] counters, long expiresAtMillis) {}

  private static final class Entry {
    final String id;
    final long at;
    long weight;

    Entry(String id, long at, long weight) {
      this.id = id;
      this.at = at;
      this.weight = weight;
    }
  }

  private static final class RateLog {
    final ArrayDeque<Entry> entries = new ArrayDeque<>();
    final Map<String, Entry> byId = new HashMap<>();
    long sum;

    void expire(long cutoffNanos) {
      Entry e;
      while ((e = entries.peekFirst()) != null && e.at <= cutoffNanos) {
        entries.pollFirst();
        sum -= e.weight;
        byId.remove(e.id, e);
      }
    }
  }

  // ------------------------------------------------------------------------------ counters

  private Counter counter(CounterSpec spec, String resolvedKey, Instant now) {
    long nowMillis = now.toEpochMilli();
    Counter c = counters.get(resolvedKey);
    if (c != null && !c.expired(nowMillis)) {
      return c;
    }
    Counter created = counters.compute(resolvedKey, (k, old) ->
        old != null && !old.expired(nowMillis) ? old : new Counter(expiry(spec, now)));
    if (created != c && counterCreations.incrementAndGet() >= Math.max(SWEEP_INTERVAL, counters.size() / 2)) {
      counterCreations.set(0);
      counters.entrySet().removeIf(e -> e.getValue().expired(nowMillis));
    }
    return created;
  }

  private static long expiry(CounterSpec spec, Instant now) {
    try {
      return spec.expiresAt(now).toEpochMilli();
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Long.MAX_VALUE;
    }
  }

  private void expireReservations(long nowMillis) {
    if (nowMillis < nextReservationExpiry) {
      return;
    }
    synchronized (reservations) {
      long next = Long.MAX_VALUE;
      for (Iterator<Map.Entry<String, Reservation>> it = reservations.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Reservation> e = it.next();
        Reservation r = e.getValue();
        if (r.expiresAtMillis <= nowMillis) {
          if (reservations.remove(e.getKey(), r)) {
            unreserve(r);
          } else {
            // renewed meanwhile (reserved again under its id): it leaves at its new expiry
            Reservation renewed = reservations.get(e.getKey());
            if (renewed != null) {
              next = Math.min(next, renewed.expiresAtMillis);
            }
          }
        } else {
          next = Math.min(next, r.expiresAtMillis);
        }
      }
      nextReservationExpiry = next;
    }
  }

  /**
   * Forgets the settled ids older than cutoff, oldest first: reads only what it forgets (a scan of
   * every id remembered, millions after a busy day, made each sweep cost milliseconds).
   */
  private void forgetSettledBefore(long cutoffMillis) {
    if (!forgetting.tryLock()) {
      return;
    }
    try {
      SettledId s;
      while ((s = settledOrder.peek()) != null && s.atMillis() < cutoffMillis) {
        settledOrder.poll(); // only this thread takes from the head
        settled.remove(s.id(), s.atMillis());
      }
    } finally {
      forgetting.unlock();
    }
  }

  private record SettledId(String id, Long atMillis) {}

  private static void unreserve(Reservation r) {
    for (Counter c : r.counters) {
      synchronized (c) {
        c.reserved = Math.max(0, c.reserved - r.amount);
      }
    }
  }

  @Override
  public ReserveResult reserve(String reservationId, List<CounterSpec> specs, long amountNanos, Duration ttl) {
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(specs, "counters");
    if (amountNanos < 0) {
      throw new IllegalArgumentException("amountNanos must not be negative, was " + amountNanos);
    }
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    Instant now = clock.instant();
    long nowMillis = now.toEpochMilli();
    expireReservations(nowMillis);
    if (settled.containsKey(reservationId)) {
      return ReserveResult.ALREADY_SETTLED;
    }
    long renewed = nowMillis + ttl.toMillis();
    if (reservations.computeIfPresent(reservationId, (k, r) -> renewed <= r.expiresAtMillis ? r
        : new Reservation(r.amount, r.keys, r.counters, renewed)) != null) {
      // open already: taken over, its expiry renewed (never shortened); nextReservationExpiry stays
      // a lower bound
      return ReserveResult.GRANTED;
    }
    int n = specs.size();
    String[] keys = new String[n];
    String[] windows = new String[n];
    Counter[] cs = new Counter[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      CounterSpec s = specs.get(i);
      windows[i] = s.windowAt(now);
      keys[i] = s.keyIn(windows[i]);
      cs[i] = counter(s, keys[i], now);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
    ReserveResult r = lockedReserve(specs, windows, cs, order, 0, amountNanos);
    if (r.granted()) {
      long exp = renewed;
      reservations.put(reservationId, new Reservation(amountNanos, keys, cs, exp));
      if (exp < nextReservationExpiry) {
        synchronized (reservations) {
          nextReservationExpiry = Math.min(nextReservationExpiry, exp);
        }
      }
    }
    return r;
  }

  private ReserveResult lockedReserve(
      List<CounterSpec> specs, String[] windows, Counter[] cs, Integer[] order, int depth, long amount) {
    if (depth < order.length) {
      synchronized (cs[order[depth]]) {
        return lockedReserve(specs, windows, cs, order, depth + 1, amount);
      }
    }
    for (int i = 0; i < cs.length; i++) {
      CounterSpec s = specs.get(i);
      Counter c = cs[i];
      if (s.enforced() && c.used + c.reserved + amount > s.limitNanos()) {
        return ReserveResult.refused(i, new CounterState(windows[i], c.used, c.reserved));
      }
    }
    for (Counter c : cs) {
      c.reserved += amount;
    }
    return ReserveResult.GRANTED;
  }

  @Override
  public List<CounterState> settle(String reservationId, List<CounterSpec> specs, long actualNanos) {
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(specs, "counters");
    if (actualNanos < 0) {
      throw new IllegalArgumentException("actualNanos must not be negative, was " + actualNanos);
    }
    Instant now = clock.instant();
    long nowMillis = now.toEpochMilli();
    expireReservations(nowMillis);
    boolean first = settled.putIfAbsent(reservationId, nowMillis) == null;
    if (first) {
      settledOrder.add(new SettledId(reservationId, nowMillis));
    }
    if (settles.incrementAndGet() >= SWEEP_INTERVAL) {
      settles.set(0);
      forgetSettledBefore(nowMillis - SETTLED_RETENTION.toMillis());
    }
    Reservation r = first ? reservations.remove(reservationId) : null;
    int n = specs.size();
    List<CounterState> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CounterSpec s = specs.get(i);
      String key;
      Counter c;
      if (r != null && i < r.keys.length) {
        key = r.keys[i];
        c = r.counters[i];
      } else {
        key = s.keyIn(s.windowAt(now));
        c = counter(s, key, now);
      }
      synchronized (c) {
        if (r != null) {
          c.reserved = Math.max(0, c.reserved - r.amount);
        }
        if (first) {
          c.used += actualNanos;
        }
        out.add(new CounterState(key.substring(s.key().length() + 1), c.used, c.reserved));
      }
    }
    return out;
  }

  @Override
  public CounterState read(CounterSpec spec) {
    Instant now = clock.instant();
    expireReservations(now.toEpochMilli());
    String window = spec.windowAt(now);
    Counter c = counters.get(spec.keyIn(window));
    if (c == null || c.expired(now.toEpochMilli())) {
      return new CounterState(window, 0, 0);
    }
    synchronized (c) {
      return new CounterState(window, c.used, c.reserved);
    }
  }

  @Override
  public void release(List<CounterSpec> specs) {
    Instant now = clock.instant();
    for (CounterSpec s : Objects.requireNonNull(specs, "counters")) {
      counters.remove(s.keyIn(s.windowAt(now)));
    }
  }

  @Override
  public boolean markAlert(CounterSpec spec, String window, int thresholdPercent) {
    return markAlert(spec, window, thresholdPercent, new Object());
  }

  @Override
  public boolean markAlert(CounterSpec spec, String window, int thresholdPercent, String token) {
    return markAlert(spec, window, thresholdPercent, (Object) Objects.requireNonNull(token, "token"));
  }

  private boolean markAlert(CounterSpec spec, String window, int thresholdPercent, Object token) {
    Counter c = counter(spec, spec.keyIn(window), clock.instant());
    synchronized (c) {
      if (c.alerts == null) {
        c.alerts = new HashMap<>();
      }
      return c.alerts.computeIfAbsent(thresholdPercent, t -> token).equals(token);
    }
  }

  // ------------------------------------------------------------------------------ rate limits

  @Override
  public RateResult acquirePermits(String key, String permitId, long permits, long limit, Duration period) {
    long periodNanos = checkRate(key, permits, period);
    Objects.requireNonNull(permitId, "permitId");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (permits > limit) {
      return new RateResult(false, null);
    }
    long now = epochNanos(clock.instant());
    RateLog log = logs.get(key);
    if (log == null) {
      log = logs.computeIfAbsent(key, k -> new RateLog());
      if (logCreations.incrementAndGet() >= Math.max(SWEEP_INTERVAL, logs.size() / 2)) {
        logCreations.set(0);
        sweepLogs(now - periodNanos, log);
      }
    }
    synchronized (log) {
      log.expire(now - periodNanos);
      if (log.byId.containsKey(permitId)) {
        return RateResult.GRANTED; // taken already (a call sent again): counted once
      }
      if (log.sum + permits <= limit) {
        Entry e = new Entry(permitId, now, permits);
        log.entries.addLast(e);
        log.byId.put(permitId, e);
        log.sum += permits;
        return RateResult.GRANTED;
      }
      long need = log.sum + permits - limit;
      long freed = 0;
      for (Entry e : log.entries) {
        freed += e.weight;
        if (freed >= need) {
          return new RateResult(false, Duration.ofNanos(Math.max(1, e.at + periodNanos - now)));
        }
      }
      return new RateResult(false, Duration.ofNanos(periodNanos));
    }
  }

  private void sweepLogs(long cutoffNanos, RateLog keep) {
    for (Iterator<Map.Entry<String, RateLog>> it = logs.entrySet().iterator(); it.hasNext(); ) {
      RateLog l = it.next().getValue();
      if (l == keep) {
        continue;
      }
      synchronized (l) {
        l.expire(cutoffNanos);
        if (l.entries.isEmpty()) {
          it.remove();
        }
      }
    }
  }

  @Override
  public void adjustPermits(String key, String permitId, long permits, Duration period) {
    checkRate(key, permits, period);
    Objects.requireNonNull(permitId, "permitId");
    RateLog log = logs.get(key);
    if (log == null) {
      return;
    }
    synchronized (log) {
      Entry e = log.byId.get(permitId);
      if (e == null) {
        return;
      }
      log.sum += permits - e.weight;
      e.weight = permits; // given back (0): the id stays known until it leaves the window, so a resend is not counted

    }
  }

  private static long checkRate(String key, long permits, Duration period) {
    Objects.requireNonNull(key, "key");
    if (permits < 0) {
      throw new IllegalArgumentException("permits must not be negative, was " + permits);
    }
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return period.toNanos();
  }

  private static long epochNanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  @Override
  public String describe() {
    return "in-memory";
  }
}
