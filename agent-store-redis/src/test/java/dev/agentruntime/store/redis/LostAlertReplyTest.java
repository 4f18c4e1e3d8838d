package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A budget alert mark whose reply was lost (it ran late, after the command timeout) is not lost for good. */
class LostAlertReplyTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @Test
  void anAlertWhoseReplyWasLostIsNotLostForGood() throws Exception {
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    try (RedisStores stores = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofMillis(300)).build();
        StatefulRedisConnection<String, String> conn = admin.connect()) {
      CostStore store = stores.costStore();
      CounterSpec c = CounterSpec.total(new CostKeys("alert-lost").budget("t", "acme"), 1_000, true, Duration.ofHours(1));
      store.reserve("r", List.of(c), 900, Duration.ofMinutes(1));
      store.settle("r", List.of(c), 900);
      assertThat(store.markAlert(c, "total", 50, "tok-50")).isTrue(); // the script is loaded on the server
      conn.sync().clientPause(1_000);
      assertThatThrownBy(() -> store.markAlert(c, "total", 80, "tok-80"))
          .isInstanceOf(CostStoreUnavailableException.class);
      Thread.sleep(1_200); // the server answers again (and ran the mark)
      assertThat(store.markAlert(c, "total", 80, "tok-80")).as("the 80% alert nobody was told about").isTrue();
      assertThat(store.markAlert(c, "total", 80, "another")).as("and nobody else").isFalse();
    } finally {
      admin.shutdown();
    }
  }
}
