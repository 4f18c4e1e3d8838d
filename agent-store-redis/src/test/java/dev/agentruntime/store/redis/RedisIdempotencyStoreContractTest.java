package dev.agentruntime.store.redis;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.testing.contract.IdempotencyStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Override
  protected IdempotencyStore createStore() {
    return STORES.get().idempotencyStore("contract");
  }

  /** The documented wiring: the runtime and its DurableRuns each take the namespace's store. */
  @org.junit.jupiter.api.Test
  void aRuntimeAndItsDurableRunsMayEachAskForTheNamespacesStore() {
    createStore();
    org.assertj.core.api.Assertions.assertThat(STORES.get().idempotencyStore("prod")).isEqualTo(STORES.get().idempotencyStore("prod"))
        .isNotEqualTo(STORES.get().idempotencyStore("test"));
    try (dev.agentruntime.core.AgentRuntime rt = dev.agentruntime.core.AgentRuntime.builder()
        .idempotencyStore(STORES.get().idempotencyStore("prod"))
        .interceptor(dev.agentruntime.core.checkpoint.DurableRuns.builder(STORES.get().checkpointStore("prod"),
            STORES.get().idempotencyStore("prod")).build())
        .build()) {
      org.assertj.core.api.Assertions.assertThat(rt).isNotNull();
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.agentruntime.core.AgentRuntime.builder()
        .idempotencyStore(STORES.get().idempotencyStore("test"))
        .interceptor(dev.agentruntime.core.checkpoint.DurableRuns.builder(STORES.get().checkpointStore("prod"),
            STORES.get().idempotencyStore("prod")).build())
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("namespace prod");
  }

}
