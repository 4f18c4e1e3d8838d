package dev.agentruntime.testing.contract;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
  @Override
  protected IdempotencyStore createStore() {
    return new InMemoryIdempotencyStore();
  }
}
