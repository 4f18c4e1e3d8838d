package dev.agentruntime.store.redis;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.testing.contract.CheckpointStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCheckpointStoreContractTest extends CheckpointStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Override
  protected CheckpointStore createStore() {
    return STORES.get().checkpointStore("contract");
  }

}
