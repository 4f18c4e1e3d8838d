package dev.agentruntime.store.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.protocol.CommandArgs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * only when something is due. Reserving again under an open id moves its expiry score to now + TTL
 * (never earlier): the renewal of a call still in flight. Windows (day, month) and TTLs use the server's clock ({@code TIME});
 * the zone's UTC offset is taken at the time of the call.
 * Rate limits: a sliding log per limiter (a sorted set of permit ids by time and a hash of their
 * weights), checked and appended in one script. All keys of one script share a hash tag, so it
 * runs on Redis Cluster. Obtain it from {@link RedisStores#costStore()}.
 */
public final class RedisCostStore implements CostStore {

  private static final long SETTLED_RETENTION_MS = Duration.ofDays(1).toMillis();
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

  /** The keys of a hash tag's reservation book and expiry set. */
  private record Book(String tag, String book, String expiry) {}

  private volatile Book lastBook;

  private String[] keys(String tag, List<CounterSpec> counters) {
    Book b = lastBook;
    if (b == null || !b.tag().equals(tag)) {
      b = new Book(tag, tag + ":reservations", tag + ":reservation-expiry");
      lastBook = b;
    }
    String[] keys = new String[2 + counters.size()];
    keys[0] = b.book();
    keys[1] = b.expiry();
    for (int i = 0; i < counters.size(); i++) {
      keys[2 + i] = counters.get(i).key();
    }
    return keys;
  }

  private static final long DAY_MS = 86_400_000L;
  private static final byte[] TOTAL = {'T'};
  private static final byte[] DAILY = {'D'};
  private static final byte[] MONTHLY = {'M'};
  private static final byte[] EMPTY = {};

  /**
   * This process's guess of the day and month windows of one day at one UTC offset, as the
   * scripts read it: computed once a day (per offset in use) instead of on every call.
   */
  private record Guess(int offset, long day, byte[] dayLabel, byte[] dayArg, byte[] nextDayArg, byte[] monthLabel,
      byte[] monthFirstArg, byte[] monthNextArg) {
    static Guess of(int offset, long day) {
      LocalDate date = LocalDate.ofEpochDay(day);
      LocalDate first = date.withDayOfMonth(1);
      return new Guess(offset, day, ascii(date.toString()), ascii(Long.toString(day)), ascii(Long.toString(day + 1)),
          ascii(YearMonth.from(date).toString()), ascii(Long.toString(first.toEpochDay())),
          ascii(Long.toString(first.plusMonths(1).toEpochDay())));
    }

    private static byte[] ascii(String s) {
      return s.getBytes(StandardCharsets.US_ASCII);
    }
  }

  private volatile Guess lastGuess;

  private Guess guess(int offset, long day) {
    Guess g = lastGuess;
    if (g == null || g.day() != day || g.offset() != offset) {
      g = Guess.of(offset, day);
      lastGuess = g;
    }
    return g;
  }

  /**
   * Appends a counter's window as the scripts read it: kind ({@code D}, {@code M}, {@code T}), the
   * zone's UTC offset now (s), the retention (ms), then this process's guess of the current window
   * (label, first day, the day after; days since 1970 at that offset). The script takes the guess
   * only when the server's clock puts today inside it, so the server's clock decides the window
   * and the usual case costs it no date arithmetic.
   */
  private void window(CommandArgs<String, String> args, CounterSpec c, long nowMs) {
    if (c.window() == dev.agentruntime.cost.budget.BudgetWindow.TOTAL) {
      args.add(TOTAL).add(0);
      number(args, c.retention().toMillis());
      args.add(EMPTY).add(EMPTY).add(EMPTY);
      return;
    }
    ZoneId zone = c.zone();
    int offset = zone instanceof ZoneOffset fixed ? fixed.getTotalSeconds()
        : zone.getRules().getOffset(Instant.ofEpochMilli(nowMs)).getTotalSeconds();
    long day = Math.floorDiv(nowMs + offset * 1000L, DAY_MS);
    Guess g = guess(offset, day);
    boolean daily = c.window() == dev.agentruntime.cost.budget.BudgetWindow.DAY;
    args.add(daily ? DAILY : MONTHLY);
    number(args, offset);
    number(args, c.retention().toMillis());
    if (daily) {
      args.add(g.dayLabel()).add(g.dayArg()).add(g.nextDayArg());
    } else {
      args.add(g.monthLabel()).add(g.monthFirstArg()).add(g.monthNextArg());
    }
  }

  /**
   * Appends a number in decimal. Lettuce's {@code add(long)} formats a number twice on its event
   * loop thread (every command's one thread) when it writes it; this formats it once here, on the
   * caller's thread, and the event loop only copies the bytes.
   */
  static void number(CommandArgs<String, String> args, long value) {
    if (value >= 0 && value < 10) {
      args.add(value); // a cached argument of one digit
    } else {
      args.add(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
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

  /** Runs a script on the hot path (see {@link Scripts.Script#call}). */
  private ScriptReply call(String what, Scripts.Script script, String[] keys, Scripts.Args args) {
    try {
      return redis.execute(c -> script.call(c, keys, args));
    } catch (RedisStores.RedisUnavailableException e) {
      throw new CostStoreUnavailableException(redis.describe(), what + ": " + e.getMessage(), e.getCause());
    }
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
    long now = guessClock.millis();
    long ttlMs = ttl.toMillis();
    ScriptReply r = call("reserve", RESERVE, keys, a -> {
      a.addValue(reservationId);
      number(a, amountNanos);
      number(a, ttlMs);
      for (CounterSpec c : counters) {
        number(a, c.limitNanos());
        a.add(c.enforced() ? 1 : 0);
        window(a, c, now);
      }
    });
    long outcome = r.integer(0);
    if (outcome == 1) {
      return ReserveResult.GRANTED;
    }
    if (outcome == 2) {
      return ReserveResult.ALREADY_SETTLED;
    }
    return ReserveResult.refused((int) r.integer(1), new CounterState(r.string(2), r.integer(3), r.integer(4)));
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
    long now = guessClock.millis();
    ScriptReply r = call("settle", SETTLE, keys, a -> {
      a.addValue(reservationId);
      number(a, actualNanos);
      number(a, SETTLED_RETENTION_MS);
      for (CounterSpec c : counters) {
        window(a, c, now);
      }
    });
    CounterState[] out = new CounterState[counters.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new CounterState(r.string(1 + 3 * i), r.integer(2 + 3 * i), r.integer(3 + 3 * i));
    }
    return List.of(out);
  }

  @Override
  public CounterState read(CounterSpec counter) {
    String tag = slot(List.of(counter));
    String[] keys = {tag + ":reservations", tag + ":reservation-expiry", counter.key()};
    long now = guessClock.millis();
    ScriptReply r = call("read", READ, keys, a -> window(a, counter, now));
    return new CounterState(r.string(0), r.integer(1), r.integer(2));
  }

  @Override
  public boolean markAlert(CounterSpec counter, String window, int thresholdPercent) {
    return markAlert(counter, window, thresholdPercent, java.util.UUID.randomUUID().toString());
  }

  /** The mark's field holds the token it was first made with ({@code HSETNX}). */
  @Override
  public boolean markAlert(CounterSpec counter, String window, int thresholdPercent, String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || token.equals("1")) {
      throw new IllegalArgumentException("token must not be empty nor '1' (older versions' marks), was '" + token + "'");
    }
    String[] keys = {counter.keyIn(window)};
    Long r = run("mark alert",
        c -> ALERT.run(c, ScriptOutputType.INTEGER, keys, Integer.toString(thresholdPercent), token));
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
    long periodMicros = period.toNanos() / 1000;
    ScriptReply r = call("acquire permits", ACQUIRE, keys, a -> {
      a.addValue(permitId);
      number(a, permits);
      number(a, limit);
      number(a, periodMicros);
    });
    if (r.integer(0) == 1) {
      return RateResult.GRANTED;
    }
    long after = r.integer(1);
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
