package dev.agentruntime.testing.contract;

import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionStore;

class InMemorySessionStoreTest extends SessionStoreContract {
  @Override
  protected SessionStore createStore() {
    return new InMemorySessionStore();
  }
}
