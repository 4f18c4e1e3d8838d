package dev.agentruntime.store.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.testing.contract.CostStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cost store on a 3-master Redis Cluster: every script's keys share one hash slot. */
class RedisClusterCostStoreContractTest extends CostStoreContract {

  @RegisterExtension
  static final RedisServerExtension CLUSTER = RedisServerExtension.threeNodeCluster();

  private static RedisStores stores;

  @Override
  protected CostStore newStore() {
    if (stores == null) {
      stores = RedisStores.builder().cluster(CLUSTER.redisCluster().uris()).commandTimeout(Duration.ofSeconds(2))
          .connectTimeout(Duration.ofSeconds(5)).build();
    }
    return stores.costStore();
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
