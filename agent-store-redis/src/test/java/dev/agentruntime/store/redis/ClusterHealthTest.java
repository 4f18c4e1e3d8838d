package dev.agentruntime.store.redis;

import static dev.agentruntime.store.redis.StoreHealthTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.testing.redis.RedisCluster;
import dev.agentruntime.testing.redis.RedisServer;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a Redis Cluster the health check asks every master: one master down (its slots unusable, and
 * without replicas the cluster refuses every key) reports the store down, naming the master, until
 * it is back.
 */
class ClusterHealthTest {

  @RegisterExtension
  static final RedisServerExtension CLUSTER = RedisServerExtension.threeNodeCluster();

  @Test
  void oneMasterDownMakesTheClusterStoreUnhealthyNamingItUntilItIsBack() throws Exception {
    RedisCluster c = CLUSTER.redisCluster();
    try (RedisStores stores = RedisStores.builder().cluster(c.uris())
        .commandTimeout(Duration.ofSeconds(1)).connectTimeout(Duration.ofSeconds(2)).build()) {
      // the first connect discovers the topology; a loaded shared machine may need a few tries
      await("cluster health up at start", () -> stores.health().up());
      RedisServer victim = c.nodes().get(1);
      victim.kill();
      StoreHealth down = stores.health();
      assertThat(down.up()).isFalse();
      assertThat(down.lastError()).contains("127.0.0.1:" + victim.port());
      victim.restart();
      await("cluster health up again after the master restarted", () -> stores.health().up());
      SessionStore sessions = stores.sessionStore("health");
      for (int i = 0; i < 10; i++) { // sessions on every master, the restarted one too
        assertThat(sessions.append("after-" + i, SessionOwner.none(), 0, List.of(new UserMessage("x")), "r"))
            .isEqualTo(1);
      }
    }
  }
}
