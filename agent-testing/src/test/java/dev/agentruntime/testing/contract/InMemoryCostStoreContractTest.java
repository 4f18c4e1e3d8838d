package dev.agentruntime.testing.contract;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.InMemoryCostStore;

class InMemoryCostStoreContractTest extends CostStoreContract {
  @Override
  protected CostStore newStore() {
    return new InMemoryCostStore();
  }
}
