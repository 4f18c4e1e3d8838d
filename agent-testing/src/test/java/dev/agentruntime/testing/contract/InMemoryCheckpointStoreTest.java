package dev.agentruntime.testing.contract;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.InMemoryCheckpointStore;

class InMemoryCheckpointStoreTest extends CheckpointStoreContract {
  @Override
  protected CheckpointStore createStore() {
    return new InMemoryCheckpointStore();
  }
}
