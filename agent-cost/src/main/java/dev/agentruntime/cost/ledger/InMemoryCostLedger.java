package dev.agentruntime.cost.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Aggregates usage in memory by day, tenant, user and model (one row per combination, not per
 * call), so memory grows with the number of distinct combinations only. Costs are summed exactly
 * in pico-dollars.
 */
public final class InMemoryCostLedger implements CostLedger {

  /**
   * An aggregation key. Its equality is written out, component-wise as a record's own: the
   * generated one is bootstrapped through method handles on its first call (cold start).
   */
  private record Key(LocalDate day, String tenant, String user, String model) {
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Key k && java.util.Objects.equals(day, k.day) && java.util.Objects.equals(tenant, k.tenant)
          && java.util.Objects.equals(user, k.user) && java.util.Objects.equals(model, k.model);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(day, tenant, user, model);
    }
  }

  /** A run-aggregation key; equality written out like {@link Key}'s. */
  private record RunKey(LocalDate day, String tenant, String user) {
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof RunKey k && java.util.Objects.equals(day, k.day) && java.util.Objects.equals(tenant, k.tenant)
          && java.util.Objects.equals(user, k.user);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(day, tenant, user);
    }
  }

  private static final class Agg {
    final LongAdder calls = new LongAdder();
    final LongAdder input = new LongAdder();
    final LongAdder output = new LongAdder();
    final LongAdder cached = new LongAdder();
    final LongAdder reasoning = new LongAdder();
    final LongAdder picos = new LongAdder();
  }

  private static final class RunAgg {
    final LongAdder runs = new LongAdder();
    final LongAdder picos = new LongAdder();
  }

  private static final long[] POW10 = new long[13];

  static {
    long v = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = v;
      v *= 10;
    }
  }

  private final ConcurrentHashMap<Key, Agg> calls = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RunKey, RunAgg> runs = new ConcurrentHashMap<>();

  /** An empty ledger. */
  public InMemoryCostLedger() {}

  private static long picos(BigDecimal usd) {
    if (usd.scale() >= 0 && usd.scale() <= 12 && usd.precision() < 19) {
      return Math.multiplyExact(usd.unscaledValue().longValue(), POW10[12 - usd.scale()]);
    }
    return usd.movePointRight(12).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
  }

  @Override
  public void record(CostRecord r) {
    Objects.requireNonNull(r, "record");
    Agg a =
        calls.computeIfAbsent(
            new Key(r.day(), nz(r.tenantId()), nz(r.userId()), r.model()), k -> new Agg());
    a.calls.increment();
    a.input.add(r.usage().inputTokens());
    a.output.add(r.usage().outputTokens());
    a.cached.add(r.usage().cachedInputTokens());
    a.reasoning.add(r.usage().reasoningTokens());
    a.picos.add(picos(r.costUsd()));
  }

  @Override
  public void recordRun(RunCostRecord r) {
    Objects.requireNonNull(r, "record");
    RunAgg a =
        runs.computeIfAbsent(new RunKey(r.day(), nz(r.tenantId()), nz(r.userId())), k -> new RunAgg());
    a.runs.increment();
    a.picos.add(picos(r.costUsd()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public CostReport report(LocalDate from, LocalDate to, int topN) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("report: 'to' (" + to + ") is before 'from' (" + from + ")");
    }
    if (topN < 0) {
      throw new IllegalArgumentException("report: topN must be >= 0, was " + topN);
    }
    Map<String, long[]> tenant = new TreeMap<>();
    Map<String, long[]> user = new TreeMap<>();
    Map<String, long[]> model = new TreeMap<>();
    Map<String, long[]> day = new TreeMap<>();
    long[] total = new long[6];
    for (Map.Entry<Key, Agg> e : calls.entrySet()) {
      Key k = e.getKey();
      if (k.day().isBefore(from) || k.day().isAfter(to)) {
        continue;
      }
      Agg a = e.getValue();
      long[] v = {
        a.calls.sum(), a.input.sum(), a.output.sum(), a.cached.sum(), a.reasoning.sum(), a.picos.sum()
      };
      add(tenant, k.tenant(), v);
      add(user, k.tenant().isEmpty() ? k.user() : k.tenant() + "/" + k.user(), v);
      add(model, k.model(), v);
      add(day, k.day().toString(), v);
      for (int i = 0; i < 6; i++) {
        total[i] += v[i];
      }
    }
    long runCount = 0;
    long runPicos = 0;
    for (Map.Entry<RunKey, RunAgg> e : runs.entrySet()) {
      LocalDate d = e.getKey().day();
      if (!d.isBefore(from) && !d.isAfter(to)) {
        runCount += e.getValue().runs.sum();
        runPicos += e.getValue().picos.sum();
      }
    }
    Function<Map<String, long[]>, List<CostReport.Line>> lines =
        m -> {
          List<CostReport.Line> l = new ArrayList<>();
          m.forEach((k, v) -> l.add(line(k, v)));
          return l;
        };
    List<CostReport.Line> users = lines.apply(user);
    List<CostReport.Line> top = new ArrayList<>(users);
    top.sort(Comparator.comparing(CostReport.Line::costUsd).reversed().thenComparing(CostReport.Line::key));
    BigDecimal avg =
        runCount == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(runPicos, 12)
                .divide(BigDecimal.valueOf(runCount), 12, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    return new CostReport(
        from,
        to,
        line("total", total),
        runCount,
        avg,
        lines.apply(tenant),
        users,
        lines.apply(model),
        lines.apply(day),
        top.subList(0, Math.min(topN, top.size())));
  }

  private static void add(Map<String, long[]> m, String key, long[] v) {
    long[] acc = m.computeIfAbsent(key, k -> new long[6]);
    for (int i = 0; i < 6; i++) {
      acc[i] += v[i];
    }
  }

  private static CostReport.Line line(String key, long[] v) {
    return new CostReport.Line(
        key, v[0], v[1], v[2], v[3], v[4], BigDecimal.valueOf(v[5], 12).stripTrailingZeros());
  }
}
