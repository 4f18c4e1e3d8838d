package dev.agentruntime.store.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.testing.contract.CostStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCostStoreContractTest extends CostStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private static RedisStores stores;

  @Override
  protected CostStore newStore() {
    if (stores == null) {
      stores = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(java.time.Duration.ofSeconds(2)).build();
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
