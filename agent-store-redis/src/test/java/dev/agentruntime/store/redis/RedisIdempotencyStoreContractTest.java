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

  /** The documented wiring: the runtime and its DurableRuns each take the namespace's store. */
  @org.junit.jupiter.api.Test
  void aRuntimeAndItsDurableRunsMayEachAskForTheNamespacesStore() {
    createStore();
    org.assertj.core.api.Assertions.assertThat(stores.idempotencyStore("prod")).isEqualTo(stores.idempotencyStore("prod"))
        .isNotEqualTo(stores.idempotencyStore("test"));
    try (dev.agentruntime.core.AgentRuntime rt = dev.agentruntime.core.AgentRuntime.builder()
        .idempotencyStore(stores.idempotencyStore("prod"))
        .interceptor(dev.agentruntime.core.checkpoint.DurableRuns.builder(stores.checkpointStore("prod"),
            stores.idempotencyStore("prod")).build())
        .build()) {
      org.assertj.core.api.Assertions.assertThat(rt).isNotNull();
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.agentruntime.core.AgentRuntime.builder()
        .idempotencyStore(stores.idempotencyStore("test"))
        .interceptor(dev.agentruntime.core.checkpoint.DurableRuns.builder(stores.checkpointStore("prod"),
            stores.idempotencyStore("prod")).build())
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("namespace prod");
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
