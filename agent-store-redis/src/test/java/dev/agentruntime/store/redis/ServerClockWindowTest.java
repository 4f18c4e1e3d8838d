package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each process sends its guess of the current day and month window with a call (so the server
 * does no date arithmetic in the usual case); the server's clock still decides. A replica whose
 * clock is 40 days off must count in the same windows as every other replica.
 */
class ServerClockWindowTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private static final Duration TTL = Duration.ofMinutes(5);

  @Test
  void aReplicaWithAWrongClockStillCountsInTheServersWindows() {
    try (RedisStores redis = RedisStores.builder().uri(REDIS.server().uri()).build()) {
      CostKeys keys = new CostKeys("skew-" + UUID.randomUUID());
      CounterSpec day = new CounterSpec(keys.budget("day", "s"), 1_000, true, BudgetWindow.DAY, ZoneOffset.UTC,
          Duration.ofHours(1));
      CounterSpec month = new CounterSpec(keys.budget("month", "s"), 1_000, true, BudgetWindow.MONTH,
          ZoneOffset.UTC, Duration.ofHours(1));
      List<CounterSpec> both = List.of(day, month);
      RedisCostStore right = new RedisCostStore(redis);
      RedisCostStore ahead = new RedisCostStore(redis, Clock.offset(Clock.systemUTC(), Duration.ofDays(40)));

      assertThat(ahead.reserve("a", both, 600, TTL).granted()).isTrue();
      // the 600 sit in the server's windows, where the replica with the right clock looks
      assertThat(right.reserve("b", both, 500, TTL).granted()).as("600 + 500 > 1000 in today's window").isFalse();
      List<CounterState> settled = ahead.settle("a", both, 100);
      CounterState today = right.read(day);
      assertThat(settled.get(0)).isEqualTo(today);
      assertThat(today.usedNanos()).isEqualTo(100);
      assertThat(today.reservedNanos()).isZero();
      assertThat(settled.get(1)).isEqualTo(right.read(month));
      assertThat(settled.get(1).window()).isEqualTo(today.window().substring(0, 7));
      // a settle of an id never reserved, and reads, from the skewed replica: the server's windows too
      ahead.settle("late", both, 50);
      assertThat(ahead.read(day)).isEqualTo(right.read(day)).isEqualTo(new CounterState(today.window(), 150, 0));
      assertThat(ahead.read(month)).isEqualTo(right.read(month));
    }
  }
}
