package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reservations recorded by an older version (records {@code amount\nkey\nkey...}) still settle on
 * the counters they were made on after an upgrade: a reservation lives minutes, so a rolling upgrade
 * meets some.
 */
class ReservationRecordTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  private static CostStore store() {
    return STORES.get().costStore();
  }

  /** Books a reservation as the version before writes it. */
  private static void reserveAsBefore(String ns, String id, long amount, String... keysInWindow) {
    RedisClient client = RedisClient.create(REDIS.server().uri());
    try (StatefulRedisConnection<String, String> conn = client.connect()) {
      RedisCommands<String, String> c = conn.sync();
      for (String k : keysInWindow) {
        c.hincrby(k, "committed", amount);
      }
      c.hset("{" + ns + ":budget}:reservations", id, amount + "\n" + String.join("\n", keysInWindow));
      c.zadd("{" + ns + ":budget}:reservation-expiry", System.currentTimeMillis() + 300_000, id);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aReservationOfOrdinaryKeysRecordedByTheVersionBeforeSettles() {
    CostKeys keys = new CostKeys("record-plain");
    CounterSpec user = CounterSpec.total(keys.budget("per-user", "acme/alice"), 1_000, true, Duration.ofHours(1));
    CounterSpec global = CounterSpec.total(keys.budget("global", "*"), 1_000, true, Duration.ofHours(1));
    reserveAsBefore("record-plain", "r1", 100, user.keyIn("total"), global.keyIn("total"));
    assertThat(store().read(user)).isEqualTo(new CounterState("total", 0, 100));
    assertThat(store().settle("r1", List.of(user, global), 40))
        .containsExactly(new CounterState("total", 40, 0), new CounterState("total", 40, 0));
  }

  @Test
  void aReservationOfASubjectHoldingANewlineRecordedByTheVersionBeforeSettlesOnItsCounters() {
    CostKeys keys = new CostKeys("record-newline");
    CounterSpec user = CounterSpec.total(keys.budget("per-user", "acme/al\nice"), 1_000, true, Duration.ofHours(1));
    CounterSpec global = CounterSpec.total(keys.budget("global", "*"), 1_000, true, Duration.ofHours(1));
    reserveAsBefore("record-newline", "r1", 100, user.keyIn("total"), global.keyIn("total"));
    assertThat(store().settle("r1", List.of(user, global), 40))
        .containsExactly(new CounterState("total", 40, 0), new CounterState("total", 40, 0));
    assertThat(store().read(user)).isEqualTo(new CounterState("total", 40, 0));
    assertThat(store().read(global)).isEqualTo(new CounterState("total", 40, 0));
  }
}
