package dev.agentruntime.store.redis;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.cost.store.CostStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A connection to Redis (standalone or Redis Cluster, Valkey-compatible) through Lettuce, and the
 * stores on it. Configured for failing fast: commands are <em>rejected</em> while disconnected
 * (not queued, Lettuce's default), every command has a short timeout, and the connection
 * reconnects on its own in the background. Every failure to serve (no connection, a timeout, a
 * server that answers it cannot serve now: loading, busy in a script, out of memory...) reaches
 * the stores as their SPI's "unavailable" error, so each store's outage policy applies.
 *
 * <pre>{@code
 * try (RedisStores redis = RedisStores.builder().uri("redis://redis:6379").build()) {
 *   CostTracker costs = CostTracker.builder().store(redis.costStore()).namespace("prod")...build();
 *   AgentRuntime rt = AgentRuntime.builder().idempotencyStore(redis.idempotencyStore("prod"))
 *       .interceptor(SessionInterceptor.builder(redis.sessionStore("prod")).build())
 *       .interceptor(DurableRuns.builder(redis.checkpointStore("prod"), redis.idempotencyStore("prod")).build())...
 * }
 * }</pre>
 *
 * <p>{@link #health()} reports the connection's state; with {@link Builder#openTelemetry} the same
 * state is the gauge {@code agent_runtime.store.up} (1 up, 0 down; attribute {@code store}).
 * Thread-safe; one instance per application, closed on shutdown.
 */
public final class RedisStores implements AutoCloseable {

  private final List<RedisURI> uris;
  private final boolean cluster;
  private final Duration commandTimeout;
  private final Duration connectTimeout;
  private final String description;
  private final Clock clock = Clock.systemUTC();
  private final Object lock = new Object();
  private RedisClient client;
  private RedisClusterClient clusterClient;
  private volatile StatefulConnection<String, String> connection;
  private volatile RedisClusterCommands<String, String> commands;
  private volatile StatefulRedisClusterConnection<String, String> clusterConnection;
  private volatile long lastNodeConnectNanos;
  private volatile long lastConnectFailureNanos;
  private volatile StoreHealth health;
  private final ObservableLongGauge gauge;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  /** Idempotency claims whose reply was lost, released once Redis answers (see RedisIdempotencyStore). */
  final java.util.Queue<RedisIdempotencyStore.LostClaim> lostClaims = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private RedisCostStore costStore;
  private volatile boolean closed;

  private RedisStores(Builder b) {
    // the URI's timeout bounds the connection handshake; commands have their own (TimeoutOptions)
    this.uris = b.uris.stream().map(u -> RedisURI.builder(u).withTimeout(b.connectTimeout).build()).toList();
    this.cluster = b.cluster;
    this.commandTimeout = b.commandTimeout;
    this.connectTimeout = b.connectTimeout;
    this.description = (cluster ? "redis-cluster://" : "redis://")
        + String.join(",", uris.stream().map(u -> u.getHost() + ":" + u.getPort()).toList());
    this.health = new StoreHealth(false, description, "not connected yet", clock.instant());
    if (b.openTelemetry != null) {
      Attributes attrs = Attributes.of(AttributeKey.stringKey("store"), description);
      gauge = b.openTelemetry.getMeter("dev.agentruntime.store.redis").gaugeBuilder("agent_runtime.store.up")
          .setDescription("1 while the Redis store answers, 0 while it does not").ofLongs()
          .buildWithCallback(m -> m.record(health.up() ? 1 : 0, attrs));
    } else {
      gauge = null;
    }
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the cost store (budgets by reservation, sliding-window rate limits) on this connection */
  public synchronized CostStore costStore() {
    if (costStore == null) {
      costStore = new RedisCostStore(this);
    }
    return costStore;
  }

  /**
   * @param namespace the key prefix (see {@link RedisIdempotencyStore})
   * @return an idempotency store on this connection
   */
  public IdempotencyStore idempotencyStore(String namespace) {
    return new RedisIdempotencyStore(this, namespace);
  }

  /**
   * @param namespace the key prefix (see {@link RedisSessionStore})
   * @return a session store on this connection
   */
  public SessionStore sessionStore(String namespace) {
    return new RedisSessionStore(this, namespace);
  }

  /**
   * @param namespace the key prefix (see {@link RedisCheckpointStore})
   * @return a checkpoint store (durable runs) on this connection
   */
  public CheckpointStore checkpointStore(String namespace) {
    return new RedisCheckpointStore(this, namespace);
  }

  static String checkNamespace(String store, String namespace) {
    if (namespace == null || namespace.isBlank() || namespace.indexOf('{') >= 0 || namespace.indexOf('}') >= 0) {
      throw new IllegalArgumentException(
          store + " namespace must be non-blank without braces, was '" + namespace + "'");
    }
    return namespace;
  }

  /**
   * @param namespace the key prefix and channel name prefix
   * @return kill switches shared by every replica using the namespace (starts listening now)
   */
  public KillSwitches killSwitches(String namespace) {
    KillSwitches k = new KillSwitches(this, namespace);
    synchronized (closeables) {
      closeables.add(k);
    }
    return k;
  }

  /** @return the servers, for errors and health checks */
  public String describe() {
    return description;
  }

  /**
   * Asks the server (PING, within the command timeout); on a Redis Cluster every master that
   * holds slots for its {@code cluster_state}, so one master down or a cluster refusing keys
   * ({@code CLUSTERDOWN}) reports the store down, naming the master.
   *
   * @return the connection's state now
   */
  public StoreHealth health() {
    try {
      execute(c -> cluster ? askEveryMaster() : c.ping());
    } catch (RedisUnavailableException e) {
      // recorded in health
    }
    return health;
  }

  /** @return the state seen by the last command, without asking the server */
  public StoreHealth lastKnownHealth() {
    return health;
  }

  /** Thrown by {@link #execute} when Redis did not answer. */
  static final class RedisUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedisUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Error replies of a server that cannot serve now, whatever the command: still loading its data
   * ({@code LOADING}), busy in a long script ({@code BUSY}), out of memory ({@code OOM}), refusing
   * writes after a failed save ({@code MISCONF}), without enough replicas ({@code NOREPLICAS}), a
   * replica or a cluster not ready ({@code READONLY}, {@code MASTERDOWN}, {@code CLUSTERDOWN},
   * {@code TRYAGAIN}). At the start of the message, or (Redis before 7) after {@code ": -"} in a
   * script's error; {@code BUSY} only as a word of its own ({@code BUSYKEY} is another error). The
   * scripts need no care for such a reply after part of them ran: Redis checks memory, a failed
   * save and replicas before a script's first write, and answers {@code BUSY} without running it.
   */
  private static final java.util.regex.Pattern CANNOT_SERVE = java.util.regex.Pattern.compile(
      "(?:^|: -)(?:LOADING|BUSY|OOM|MISCONF|NOREPLICAS|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN)(?:\\s|$)");

  /**
   * Runs commands, mapping every connection failure, timeout and reply of a server that cannot
   * serve now (see {@link #CANNOT_SERVE}) to {@link RedisUnavailableException}. Any other error
   * reply (a script error, a key of the wrong type) is an {@link IllegalStateException}: a bug or
   * foreign data, which no outage policy should pass over.
   */
  <T> T execute(Function<RedisClusterCommands<String, String>, T> f) {
    RedisClusterCommands<String, String> c = commands();
    try {
      T out;
      try {
        out = f.apply(c);
      } catch (RedisException e) {
        // A node this client has not connected to yet (a slot moved, a node joined): Lettuce rejects
        // the command without sending it (REJECT_COMMANDS applies to a node connection still being
        // set up), so connecting to the nodes and sending it once more cannot run it twice.
        if (!cluster || !isRejectedUnsent(e) || !connectToNodes(false)) {
          throw e;
        }
        out = f.apply(c);
      }
      markUp();
      return out;
    } catch (RedisCommandExecutionException e) {
      String m = String.valueOf(e.getMessage());
      if (CANNOT_SERVE.matcher(m).find()) {
        throw down(e);
      }
      throw new IllegalStateException("Redis refused a command of agent-runtime: " + m, e);
    } catch (RedisException e) {
      throw down(e);
    }
  }

  private RedisUnavailableException down(Exception e) {
    String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (health.up() || !Objects.equals(health.lastError(), msg)) {
      health = new StoreHealth(false, description, msg, health.up() ? clock.instant() : health.since());
    }
    return new RedisUnavailableException(msg, e);
  }

  private void markUp() {
    if (!health.up()) {
      health = new StoreHealth(true, description, null, clock.instant());
    }
  }

  private RedisClusterCommands<String, String> commands() {
    RedisClusterCommands<String, String> c = commands;
    if (c != null) {
      return c;
    }
    synchronized (lock) {
      if (closed) {
        throw new RedisUnavailableException("the Redis stores are closed", null);
      }
      if (commands != null) {
        return commands;
      }
      // while the server is down at start-up, try to connect at most every 500 ms
      if (lastConnectFailureNanos != 0 && System.nanoTime() - lastConnectFailureNanos < 500_000_000L) {
        throw new RedisUnavailableException("cannot connect to " + description + ": " + health.lastError(), null);
      }
      try {
        if (cluster) {
          if (clusterClient == null) {
            clusterClient = RedisClusterClient.create(uris);
            clusterClient.setOptions(ClusterClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                // MOVED/ASK, persistent reconnects and failovers refresh the slot map at once;
                // a periodic refresh catches what no command saw (a node added to the cluster)
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                    .enableAllAdaptiveRefreshTriggers().enablePeriodicRefresh(Duration.ofSeconds(30)).build())
                .build());
          }
          StatefulRedisClusterConnection<String, String> conn = clusterClient.connect();
          connection = conn;
          clusterConnection = conn;
          connectToNodes(true);
          commands = conn.sync();
        } else {
          if (client == null) {
            client = RedisClient.create(uris.get(0));
            client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
          }
          StatefulRedisConnection<String, String> conn = client.connect();
          connection = conn;
          commands = conn.sync();
        }
        lastConnectFailureNanos = 0;
        markUp();
        return commands;
      } catch (RedisException e) {
        lastConnectFailureNanos = System.nanoTime();
        throw down(e);
      }
    }
  }

  private String askEveryMaster() {
    StatefulRedisClusterConnection<String, String> conn = clusterConnection;
    List<String> down = new ArrayList<>();
    for (RedisClusterNode node : conn.getPartitions()) {
      if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.getSlots().isEmpty()) {
        String where = node.getUri().getHost() + ":" + node.getUri().getPort();
        try {
          // a master answers PING while it refuses every key (CLUSTERDOWN): ask for its view of the cluster
          String info = conn.getConnection(node.getUri().getHost(), node.getUri().getPort()).sync().clusterInfo();
          if (!info.contains("cluster_state:ok")) {
            down.add(where + " (cluster_state is not ok)");
          }
        } catch (RedisException e) {
          down.add(where + " (" + e.getMessage() + ")");
        }
      }
    }
    if (!down.isEmpty()) {
      throw new RedisException("cluster masters not answering: " + String.join(", ", down));
    }
    return "PONG";
  }

  private static boolean isRejectedUnsent(RedisException e) {
    return String.valueOf(e.getMessage()).startsWith("Currently not connected. Commands are rejected");
  }

  /**
   * Opens the connection to every master now. Lettuce connects to cluster nodes lazily, and with
   * {@code REJECT_COMMANDS} a command for a node whose connection is still being set up is rejected
   * (lettuce#3747), so without this the first command for each node would fail. A node that
   * cannot be reached is skipped: commands for its slots fail fast until it is back.
   *
   * @param force connect even if the last attempt was less than a second ago
   * @return whether an attempt was made
   */
  private boolean connectToNodes(boolean force) {
    StatefulRedisClusterConnection<String, String> conn = clusterConnection;
    if (conn == null) {
      return false;
    }
    long now = System.nanoTime();
    long last = lastNodeConnectNanos;
    if (!force && last != 0 && now - last < 1_000_000_000L) {
      return false; // a node is down: do not wait for its connect timeout on every command
    }
    lastNodeConnectNanos = now;
    for (RedisClusterNode node : conn.getPartitions()) {
      if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.getSlots().isEmpty()) {
        try {
          conn.getConnection(node.getUri().getHost(), node.getUri().getPort());
        } catch (RedisException e) {
          // unreachable now; Lettuce reconnects it, commands for its slots fail fast meanwhile
        }
      }
    }
    return true;
  }

  /**
   * Subscribes to channels on a dedicated connection (reconnects and resubscribes on its own).
   *
   * @return a closeable subscription
   */
  AutoCloseable subscribe(RedisPubSubListener<String, String> listener, String... channels) {
    commands(); // fail early, and create the client
    synchronized (lock) {
      if (cluster) {
        var conn = clusterClient.connectPubSub();
        conn.addListener(listener);
        conn.sync().subscribe(channels);
        return conn::close;
      }
      StatefulRedisPubSubConnection<String, String> conn = client.connectPubSub();
      conn.addListener(listener);
      conn.sync().subscribe(channels);
      return conn::close;
    }
  }

  /** Closes the kill switches' subscriptions, the connection and the client. */
  @Override
  public void close() {
    synchronized (closeables) {
      for (AutoCloseable c : closeables) {
        try {
          c.close();
        } catch (Exception e) {
          // closing anyway
        }
      }
      closeables.clear();
    }
    synchronized (lock) {
      closed = true;
      if (gauge != null) {
        gauge.close();
      }
      if (connection != null) {
        connection.close();
      }
      if (client != null) {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
      if (clusterClient != null) {
        clusterClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  /** Builder for {@link RedisStores}; validated at {@link #build()}, which does not connect. */
  public static final class Builder {
    private final List<RedisURI> uris = new ArrayList<>();
    private boolean cluster;
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private OpenTelemetry openTelemetry;

    private Builder() {}

    /**
     * @param value a standalone server, e.g. {@code redis://host:6379} (Lettuce URI syntax: password,
     *     database, TLS with {@code rediss://})
     * @return this
     */
    public Builder uri(String value) {
      uris.clear();
      uris.add(RedisURI.create(Objects.requireNonNull(value, "RedisStores.uri")));
      cluster = false;
      return this;
    }

    /**
     * @param seeds some nodes of a Redis Cluster
     * @return this
     */
    public Builder cluster(List<String> seeds) {
      uris.clear();
      for (String s : Objects.requireNonNull(seeds, "RedisStores.cluster")) {
        uris.add(RedisURI.create(Objects.requireNonNull(s, "RedisStores.cluster seed")));
      }
      cluster = true;
      return this;
    }

    /**
     * @param value how long one command may take before it fails (default 500 ms)
     * @return this
     */
    public Builder commandTimeout(Duration value) {
      this.commandTimeout = value;
      return this;
    }

    /**
     * @param value how long connecting (with the handshake) may take (default 2 s)
     * @return this
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /**
     * @param value where to publish the {@code agent_runtime.store.up} gauge (default: nowhere)
     * @return this
     */
    public Builder openTelemetry(OpenTelemetry value) {
      this.openTelemetry = value;
      return this;
    }

    /**
     * @return the stores (not connected until first used)
     * @throws IllegalArgumentException naming the bad setting
     */
    public RedisStores build() {
      if (uris.isEmpty()) {
        throw new IllegalArgumentException("RedisStores: set uri(...) or cluster(...)");
      }
      check("commandTimeout", commandTimeout);
      check("connectTimeout", connectTimeout);
      return new RedisStores(this);
    }

    private static void check(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("RedisStores." + name + " must be positive, was " + d);
      }
    }
  }
}
