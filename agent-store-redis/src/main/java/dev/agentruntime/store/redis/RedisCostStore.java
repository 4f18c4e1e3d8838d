package dev.agentruntime.store.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link CostStore} on Redis. Budgets: each counter is a hash ({@code used}: settled spending;
 * {@code committed}: used plus open reservations; alert marks) under {@code <base key>:<window>};
 * reserving checks and books on every counter in one Lua script (one {@code HINCRBY} per counter,
 * taken back if a counter refuses), settling (or releasing) is another, both idempotent by
 * reservation id. The reservation book ({@code {ns:budget}:reservations}: id to record while open,
 * to a settled mark for a day after) and {@code {ns:budget}:reservation-expiry} (when each id
 * leaves) let reservations of a crashed replica expire after their TTL; that housekeeping runs
 * only when something is due. Windows (day, month) and TTLs use the server's clock ({@code TIME});
 * the zone's UTC offset is taken at the time of the call.
 * Rate limits: a sliding log per limiter (a sorted set of permit ids by time and a hash of their
 * weights), checked and appended in one script. All keys of one script share a hash tag, so it
 * runs on Redis Cluster. Obtain it from {@link RedisStores#costStore()}.
 */
public final class RedisCostStore implements CostStore {

  private static final Duration SETTLED_RETENTION = Duration.ofDays(1);
  private static final Scripts.Script RESERVE = Scripts.load("reserve.lua", "budget-common.lua");
  private static final Scripts.Script SETTLE = Scripts.load("settle.lua", "budget-common.lua");
  private static final Scripts.Script READ = Scripts.load("read.lua", "budget-common.lua");
  private static final Scripts.Script ALERT = Scripts.load("alert.lua");
  private static final Scripts.Script ACQUIRE = Scripts.load("rate-acquire.lua");
  private static final Scripts.Script ADJUST = Scripts.load("rate-adjust.lua");

  private final RedisStores redis;
  private final Clock guessClock;

  RedisCostStore(RedisStores redis) {
    this(redis, Clock.systemUTC());
  }

  /** @param guessClock the clock this process guesses the current window with (the server decides) */
  RedisCostStore(RedisStores redis, Clock guessClock) {
    this.redis = redis;
    this.guessClock = guessClock;
  }

  private <T> T run(String what, java.util.function.Function<io.lettuce.core.cluster.api.sync.RedisClusterCommands<String, String>, T> f) {
    try {
      return redis.execute(f);
    } catch (RedisStores.RedisUnavailableException e) {
      throw new CostStoreUnavailableException(redis.describe(), what + ": " + e.getMessage(), e.getCause());
    }
  }

  /** The hash tag every budget key of these counters shares, e.g. {@code {ns:budget}}. */
  private static String slot(List<CounterSpec> counters) {
    String first = counters.get(0).key();
    int end = first.indexOf('}');
    if (!first.startsWith("{") || end < 0) {
      throw new IllegalArgumentException("counter key " + first + " has no hash tag: build keys with CostKeys");
    }
    String tag = first.substring(0, end + 1);
    for (CounterSpec c : counters) {
      if (!c.key().startsWith(tag)) {
        throw new IllegalArgumentException(
            "counters " + first + " and " + c.key() + " are in different hash slots: build keys with one CostKeys");
      }
    }
    return tag;
  }

  private static String[] keys(String tag, List<CounterSpec> counters) {
    String[] keys = new String[2 + counters.size()];
    keys[0] = tag + ":reservations";
    keys[1] = tag + ":reservation-expiry";
    for (int i = 0; i < counters.size(); i++) {
      keys[2 + i] = counters.get(i).key();
    }
    return keys;
  }

  private static final long DAY_MS = 86_400_000L;

  /**
   * Appends a counter's window as the scripts read it: kind ({@code D}, {@code M}, {@code T}), the
   * zone's UTC offset now (s), the retention (ms), then this process's guess of the current window
   * (label, first day, the day after; days since 1970 at that offset). The script takes the guess
   * only when the server's clock puts today inside it, so the server's clock decides the window
   * and the usual case costs it no date arithmetic.
   */
  private static void window(List<String> args, CounterSpec c, long nowMs) {
    if (c.window() == dev.agentruntime.cost.budget.BudgetWindow.TOTAL) {
      args.add("T");
      args.add("0");
      args.add(Long.toString(c.retention().toMillis()));
      args.add("");
      args.add("");
      args.add("");
      return;
    }
    int offset = c.zone().getRules().getOffset(Instant.ofEpochMilli(nowMs)).getTotalSeconds();
    long day = Math.floorDiv(nowMs + offset * 1000L, DAY_MS);
    LocalDate date = LocalDate.ofEpochDay(day);
    boolean daily = c.window() == dev.agentruntime.cost.budget.BudgetWindow.DAY;
    args.add(daily ? "D" : "M");
    args.add(Integer.toString(offset));
    args.add(Long.toString(c.retention().toMillis()));
    if (daily) {
      args.add(date.toString());
      args.add(Long.toString(day));
      args.add(Long.toString(day + 1));
    } else {
      LocalDate first = date.withDayOfMonth(1);
      args.add(YearMonth.from(date).toString());
      args.add(Long.toString(first.toEpochDay()));
      args.add(Long.toString(first.plusMonths(1).toEpochDay()));
    }
  }

  /** Ids starting with NUL are the book's own fields. */
  private static void checkId(String reservationId) {
    Objects.requireNonNull(reservationId, "reservationId");
    if (!reservationId.isEmpty() && reservationId.charAt(0) == '\0') {
      throw new IllegalArgumentException("reservationId must not start with a NUL character (the store's own fields"
          + " do), was '" + reservationId + "'");
    }
  }

  private static long n(Object o) {
    return o instanceof Long l ? l : Long.parseLong(String.valueOf(o));
  }

  @Override
  public ReserveResult reserve(String reservationId, List<CounterSpec> counters, long amountNanos, Duration ttl) {
    checkId(reservationId);
    Objects.requireNonNull(counters, "counters");
    if (amountNanos < 0) {
      throw new IllegalArgumentException("amountNanos must not be negative, was " + amountNanos);
    }
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    if (counters.isEmpty()) {
      return ReserveResult.GRANTED;
    }
    String[] keys = keys(slot(counters), counters);
    List<String> args = new ArrayList<>(3 + counters.size() * 8);
    args.add(reservationId);
    args.add(Long.toString(amountNanos));
    args.add(Long.toString(ttl.toMillis()));
    long now = guessClock.millis();
    for (CounterSpec c : counters) {
      args.add(Long.toString(c.limitNanos()));
      args.add(c.enforced() ? "1" : "0");
      window(args, c, now);
    }
    List<Object> r = run("reserve", c -> RESERVE.run(c, ScriptOutputType.MULTI, keys, args.toArray(new String[0])));
    if (n(r.get(0)) == 1) {
      return ReserveResult.GRANTED;
    }
    return ReserveResult.refused((int) n(r.get(1)),
        new CounterState(String.valueOf(r.get(2)), n(r.get(3)), n(r.get(4))));
  }

  @Override
  public List<CounterState> settle(String reservationId, List<CounterSpec> counters, long actualNanos) {
    checkId(reservationId);
    Objects.requireNonNull(counters, "counters");
    if (actualNanos < 0) {
      throw new IllegalArgumentException("actualNanos must not be negative, was " + actualNanos);
    }
    if (counters.isEmpty()) {
      return List.of();
    }
    String[] keys = keys(slot(counters), counters);
    List<String> args = new ArrayList<>(3 + counters.size() * 6);
    args.add(reservationId);
    args.add(Long.toString(actualNanos));
    args.add(Long.toString(SETTLED_RETENTION.toMillis()));
    long now = guessClock.millis();
    for (CounterSpec c : counters) {
      window(args, c, now);
    }
    List<Object> r = run("settle", c -> SETTLE.run(c, ScriptOutputType.MULTI, keys, args.toArray(new String[0])));
    List<CounterState> out = new ArrayList<>(counters.size());
    for (int i = 0; i < counters.size(); i++) {
      out.add(new CounterState(String.valueOf(r.get(1 + 3 * i)), n(r.get(2 + 3 * i)), n(r.get(3 + 3 * i))));
    }
    return out;
  }

  @Override
  public CounterState read(CounterSpec counter) {
    String tag = slot(List.of(counter));
    String[] keys = {tag + ":reservations", tag + ":reservation-expiry", counter.key()};
    List<String> args = new ArrayList<>(6);
    window(args, counter, guessClock.millis());
    List<Object> r = run("read", c -> READ.run(c, ScriptOutputType.MULTI, keys, args.toArray(new String[0])));
    return new CounterState(String.valueOf(r.get(0)), n(r.get(1)), n(r.get(2)));
  }

  @Override
  public boolean markAlert(CounterSpec counter, String window, int thresholdPercent) {
    String[] keys = {counter.keyIn(window)};
    Long r = run("mark alert", c -> ALERT.run(c, ScriptOutputType.INTEGER, keys, Integer.toString(thresholdPercent)));
    return r != null && r == 1;
  }

  @Override
  public void release(List<CounterSpec> counters) {
    List<String> total = new ArrayList<>();
    for (CounterSpec c : counters) {
      if (c.window() == dev.agentruntime.cost.budget.BudgetWindow.TOTAL) {
        total.add(c.keyIn("total"));
      }
    }
    for (String k : total) {
      run("release", c -> c.del(k));
    }
  }

  @Override
  public RateResult acquirePermits(String key, String permitId, long permits, long limit, Duration period) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(permitId, "permitId");
    if (permits < 0 || limit <= 0 || period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("permits >= 0, limit > 0 and period > 0 required, were "
          + permits + ", " + limit + ", " + period);
    }
    String[] keys = {key, key + ":w"};
    List<Object> r = run("acquire permits", c -> ACQUIRE.run(c, ScriptOutputType.MULTI, keys, permitId,
        Long.toString(permits), Long.toString(limit), Long.toString(period.toNanos() / 1000)));
    if (n(r.get(0)) == 1) {
      return RateResult.GRANTED;
    }
    long after = n(r.get(1));
    return new RateResult(false, after < 0 ? null : Duration.ofNanos(Math.max(1, after) * 1000));
  }

  @Override
  public void adjustPermits(String key, String permitId, long permits, Duration period) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(permitId, "permitId");
    if (permits < 0) {
      throw new IllegalArgumentException("permits must not be negative, was " + permits);
    }
    String[] keys = {key, key + ":w"};
    run("adjust permits", c -> ADJUST.run(c, ScriptOutputType.INTEGER, keys, permitId, Long.toString(permits)));
  }

  @Override
  public String describe() {
    return redis.describe();
  }
}
