package dev.agentruntime.store.redis;

import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.testing.contract.SessionStoreContract;
import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSessionStoreContractTest extends SessionStoreContract {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Override
  protected SessionStore createStore() {
    return STORES.get().sessionStore("contract");
  }

}
