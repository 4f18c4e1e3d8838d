package dev.agentruntime.testing.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a throw-away {@link RedisServer} (or {@link RedisCluster}) before a test class and stops
 * it afterwards. Use it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final RedisServerExtension REDIS = RedisServerExtension.standalone();
 * ... REDIS.server().uri() ...
 * }</pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

  private final boolean cluster;
  private String owner;
  private final boolean persistent;
  private RedisServer server;
  private RedisCluster clusterNodes;

  private RedisServerExtension(boolean cluster, boolean persistent) {
    this.cluster = cluster;
    this.persistent = persistent;
  }

  /** @return an extension running one standalone server */
  public static RedisServerExtension standalone() {
    return new RedisServerExtension(false, false);
  }

  /** @return an extension running one standalone server that persists every write (restart tests) */
  public static RedisServerExtension standalonePersistent() {
    return new RedisServerExtension(false, true);
  }

  /** @return an extension running a 3-master Redis Cluster */
  public static RedisServerExtension threeNodeCluster() {
    return new RedisServerExtension(true, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // @Nested classes inherit the enclosing class's extension and call it again: the server(s)
    // belong to the outermost class that started them, and only its afterAll stops them
    if (owner != null) {
      return;
    }
    owner = context.getUniqueId();
    if (cluster) {
      clusterNodes = RedisCluster.start();
    } else {
      server = persistent ? RedisServer.startPersistent() : RedisServer.start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!context.getUniqueId().equals(owner)) {
      return;
    }
    owner = null;
    if (server != null) {
      server.close();
      server = null;
    }
    if (clusterNodes != null) {
      clusterNodes.close();
      clusterNodes = null;
    }
  }

  /** @return the standalone server */
  public RedisServer server() {
    if (server == null) {
      throw new IllegalStateException("no standalone server: use RedisServerExtension.standalone() and a static field");
    }
    return server;
  }

  /** @return the cluster */
  public RedisCluster redisCluster() {
    if (clusterNodes == null) {
      throw new IllegalStateException("no cluster: use RedisServerExtension.threeNodeCluster() and a static field");
    }
    return clusterNodes;
  }
}
