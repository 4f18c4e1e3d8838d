package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.testing.redis.RedisServer;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that is connected but does not answer (every client paused with {@code CLIENT PAUSE}):
 * the budget and rate-limit scripts fail after the command timeout with the store's "unavailable"
 * error naming it, instead of waiting for the server, and work again once it answers; a settle
 * that timed out but ran late is not counted twice by its retry.
 */
class HungServerTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private static final long PAUSE_MS = 4_000;

  @Test
  void scriptsTimeOutWhileTheServerDoesNotAnswerAndWorkAgainAfterwards() throws Exception {
    RedisServer server = REDIS.server();
    CostKeys keys = new CostKeys("hung");
    List<CounterSpec> budget = List.of(CounterSpec.total(keys.budget("tenant", "acme"), 1_000, true,
        Duration.ofHours(1)));
    RedisClient admin = RedisClient.create(server.uri());
    try (RedisStores stores = RedisStores.builder().uri(server.uri()).commandTimeout(TIMEOUT).build();
        StatefulRedisConnection<String, String> adminConn = admin.connect()) {
      CostStore store = stores.costStore();
      assertThat(store.reserve("before", budget, 10, Duration.ofMinutes(1)).granted()).isTrue();

      adminConn.sync().clientPause(PAUSE_MS);
      long start = System.nanoTime();
      assertThatThrownBy(() -> store.reserve("during", budget, 10, Duration.ofMinutes(1)))
          .isInstanceOf(CostStoreUnavailableException.class)
          .hasMessageContaining("redis://127.0.0.1:" + server.port())
          .hasMessageContaining("timed out");
      long reserveMs = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      assertThatThrownBy(() -> store.settle("before", budget, 7))
          .isInstanceOf(CostStoreUnavailableException.class).hasMessageContaining("timed out");
      assertThatThrownBy(() -> store.acquirePermits(keys.rate("plan:acme:rpm"), "p1", 1, 10, Duration.ofMinutes(1)))
          .isInstanceOf(CostStoreUnavailableException.class).hasMessageContaining("timed out");
      long twoMoreMs = (System.nanoTime() - start) / 1_000_000;
      // each waits about the timeout (300 ms), far less than the pause (4 s); generous for a loaded machine
      assertThat(reserveMs).as("reserve waited ms").isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50).isLessThan(2_000);
      assertThat(twoMoreMs).as("settle and acquire waited ms").isLessThan(PAUSE_MS - 1_000);
      assertThat(stores.lastKnownHealth().up()).isFalse();

      adminConn.sync().dispatch(CommandType.CLIENT, new StatusOutput<>(StringCodec.UTF8),
          new CommandArgs<>(StringCodec.UTF8).add("UNPAUSE"));
      // the late reserve ran when the server woke up; a retried settle of "before" counts once
      assertThat(store.settle("before", budget, 7).get(0).usedNanos()).isEqualTo(7);
      assertThat(store.settle("before", budget, 7).get(0).usedNanos()).isEqualTo(7);
      assertThat(store.acquirePermits(keys.rate("plan:acme:rpm"), "p2", 1, 10, Duration.ofMinutes(1)).granted())
          .isTrue();
      assertThat(stores.lastKnownHealth().up()).isTrue();
    } finally {
      admin.shutdown();
    }
  }
}
