package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.store.redis.KillSwitches.Target;
import dev.agentruntime.testing.contract.CheckpointStoreContract;
import dev.agentruntime.testing.contract.CostStoreContract;
import dev.agentruntime.testing.contract.IdempotencyStoreContract;
import dev.agentruntime.testing.contract.SessionStoreContract;
import dev.agentruntime.testing.redis.RedisServer;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every store on a real 3-master Redis Cluster (throw-away {@code redis-server --cluster-enabled
 * yes} nodes joined with {@code redis-cli --cluster create}): the shared contract suites, and the
 * keys of many sessions really spread over the nodes (each script still touches one slot).
 */
class RedisClusterTest {

  @RegisterExtension
  static final RedisServerExtension CLUSTER = RedisServerExtension.threeNodeCluster();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.onCluster(CLUSTER);

  @Nested
  class CostStoreOnCluster extends CostStoreContract {
    @Override
    protected CostStore newStore() {
      return STORES.get().costStore();
    }
  }

  @Nested
  class SessionStoreOnCluster extends SessionStoreContract {
    @Override
    protected SessionStore createStore() {
      return STORES.get().sessionStore("cluster");
    }
  }

  @Nested
  class CheckpointStoreOnCluster extends CheckpointStoreContract {
    @Override
    protected CheckpointStore createStore() {
      return STORES.get().checkpointStore("cluster");
    }
  }

  @Nested
  class IdempotencyStoreOnCluster extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore createStore() {
      return STORES.get().idempotencyStore("cluster");
    }
  }

  @Test
  void sessionsAreSpreadOverEveryMasterAndStillReadBack() {
    SessionStore sessions = STORES.get().sessionStore("spread");
    for (int i = 0; i < 30; i++) {
      sessions.append("s" + i, new SessionOwner("acme", "alice"), 0, List.of(new UserMessage("m" + i)), "r");
    }
    Set<Integer> nodesWithSessions = new HashSet<>();
    for (RedisServer node : CLUSTER.redisCluster().nodes()) {
      RedisClient client = RedisClient.create(node.uri());
      try (StatefulRedisConnection<String, String> c = client.connect()) {
        if (!c.sync().keys("{spread:session:*}:log").isEmpty()) {
          nodesWithSessions.add(node.port());
        }
      } finally {
        client.shutdown();
      }
    }
    assertThat(nodesWithSessions).as("masters holding session logs").hasSize(3);
    assertThat(sessions.list("acme", "alice")).hasSize(30);
    assertThat(sessions.read("s17")).extracting(e -> e.message().text()).containsExactly("m17");
    assertThat(sessions.deleteUser(null, "alice")).isEqualTo(30);
  }

  @Test
  void killSwitchesReachAnotherReplicaThroughTheCluster() throws Exception {
    try (RedisStores other = RedisStores.builder().cluster(CLUSTER.redisCluster().uris())
        .commandTimeout(Duration.ofSeconds(2)).build()) {
      KillSwitches here = STORES.get().killSwitches("cks");
      KillSwitches there = other.killSwitches("cks");
      here.switchOff(Target.TOOL, "refund", "fraud wave");
      long t0 = System.nanoTime();
      while (there.offReason(Target.TOOL, "refund").isEmpty() && System.nanoTime() - t0 < 10_000_000_000L) {
        Thread.sleep(5);
      }
      assertThat(there.offReason(Target.TOOL, "refund")).contains("fraud wave");
    }
  }
}
