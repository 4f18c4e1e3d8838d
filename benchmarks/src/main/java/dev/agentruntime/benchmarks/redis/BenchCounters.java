package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CounterSpec;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

/** The two budget counters (a global day, a tenant month) the Redis client and server harnesses spend on. */
final class BenchCounters {
  private BenchCounters() {}

  /** @return a day counter and a month counter under one hash tag, limits too high to be reached */
  static List<CounterSpec> dayAndMonth() {
    CostKeys keys = new CostKeys("bench");
    return List.of(
        new CounterSpec(keys.budget("global/day", "*"), Long.MAX_VALUE / 4, true, BudgetWindow.DAY, ZoneOffset.UTC,
            Duration.ofDays(1)),
        new CounterSpec(keys.budget("tenant/month", "acme"), Long.MAX_VALUE / 4, true, BudgetWindow.MONTH,
            ZoneOffset.UTC, Duration.ofDays(1)));
  }
}
