package dev.agentruntime.store.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.testing.contract.CostStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCostStoreContractTest extends CostStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Override
  protected CostStore newStore() {
    return STORES.get().costStore();
  }

}
