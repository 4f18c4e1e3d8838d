package dev.agentruntime.store.redis;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.testing.contract.IdempotencyStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private static RedisStores stores;

  @Override
  protected IdempotencyStore createStore() {
    if (stores == null) {
      stores = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(java.time.Duration.ofSeconds(2)).build();
    }
    return stores.idempotencyStore("contract");
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
