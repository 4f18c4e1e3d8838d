package dev.agentruntime.store.redis;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.testing.contract.CheckpointStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCheckpointStoreContractTest extends CheckpointStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private static RedisStores stores;

  @Override
  protected CheckpointStore createStore() {
    if (stores == null) {
      stores = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofSeconds(2)).build();
    }
    return stores.checkpointStore("contract");
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
