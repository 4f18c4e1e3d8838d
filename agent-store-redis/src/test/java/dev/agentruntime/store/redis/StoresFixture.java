package dev.agentruntime.store.redis;

import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link RedisStores} a test class shares on its throw-away server: built on first use (the
 * server is up by then), closed after the class's tests. Register it after the server so it closes
 * first:
 *
 * <pre>{@code
 * @RegisterExtension static final RedisServerExtension REDIS = RedisServerExtension.standalone();
 * @RegisterExtension static final StoresFixture STORES = StoresFixture.on(REDIS);
 * }</pre>
 */
final class StoresFixture implements AfterAllCallback {
  private final Supplier<RedisStores.Builder> builder;
  private RedisStores stores;

  private StoresFixture(Supplier<RedisStores.Builder> builder) {
    this.builder = builder;
  }

  /** @return stores on the single server, with a 2 s command timeout */
  static StoresFixture on(RedisServerExtension redis) {
    return new StoresFixture(() -> RedisStores.builder().uri(redis.server().uri()).commandTimeout(Duration.ofSeconds(2)));
  }

  /** @return stores on the cluster's nodes, with a 2 s command timeout */
  static StoresFixture onCluster(RedisServerExtension cluster) {
    return new StoresFixture(() -> RedisStores.builder().cluster(cluster.redisCluster().uris())
        .commandTimeout(Duration.ofSeconds(2)));
  }

  /** @return the class's stores */
  synchronized RedisStores get() {
    if (stores == null) {
      stores = builder.get().build();
    }
    return stores;
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
