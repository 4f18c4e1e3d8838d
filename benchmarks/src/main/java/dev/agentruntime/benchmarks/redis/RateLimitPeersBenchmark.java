package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.store.redis.RedisStores;
import dev.agentruntime.store.redis.StoreHealth;
import dev.agentruntime.testing.redis.RedisServer;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.redisson.Redisson;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Issue #16 §5, side by side: one permit of a shared requests-per-minute limit per operation, 16
 * threads, against a throw-away {@code redis-server} on localhost, for our Redis cost store (a
 * sliding log in one Lua script, exact over any 60 s), for bucket4j-lettuce (a token bucket kept
 * by compare-and-swap) and for Redisson's {@code RRateLimiter} (a sliding window in one Lua script
 * on its own Netty client) — the peers a user might pick instead. The limit is far above the
 * offered rate, so nobody is refused; {@code keys} spreads the threads over that many limits (1:
 * every thread contends for one plan). Sample mode gives throughput and percentiles.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RateLimitPeersBenchmark -f 1 -wi 1 -i 2 -w 2s -r 3s}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RateLimitPeersBenchmark {

  private static final long LIMIT = 1_000_000_000L;

  /** One server, and the limiter under test on it. */
  @State(Scope.Benchmark)
  public static class Limiters {
    /** Whose limiter. */
    @Param({"agent-runtime", "bucket4j-lettuce", "redisson"})
    public String limiter;

    /** Over how many limits the threads spread. */
    @Param({"1", "16"})
    public int keys;

    RedisServer server;
    RedisStores redis;
    CostStore costStore;
    String[] limiterKeys;
    RedisClient client;
    StatefulRedisConnection<String, byte[]> connection;
    Bucket[] buckets;
    RedissonClient redisson;
    RRateLimiter[] rateLimiters;
    final AtomicLong ids = new AtomicLong();

    /** Starts the server and builds the limiter (stopping the server again if that fails). */
    @Setup(Level.Trial)
    public void setUp() {
      server = RedisServer.start();
      try {
        build();
      } catch (RuntimeException | Error e) {
        tearDown();
        throw e;
      }
    }

    private void build() {
      if (limiter.equals("agent-runtime")) {
        redis = RedisStores.builder().uri(server.uri()).commandTimeout(Duration.ofSeconds(5)).build();
        costStore = redis.costStore();
        // RedisStores connects on its first command; the peers connect here, so ours does too
        StoreHealth health = redis.health();
        if (!health.up()) {
          throw new IllegalStateException("redis-server is not answering: " + health);
        }
        CostKeys k = new CostKeys("peers");
        limiterKeys = new String[keys];
        for (int i = 0; i < keys; i++) {
          limiterKeys[i] = k.rate("plan:t" + i + ":rpm");
        }
      } else if (limiter.equals("redisson")) {
        Config config = new Config();
        config.useSingleServer().setAddress(server.uri()).setTimeout(5_000);
        redisson = Redisson.create(config);
        rateLimiters = new RRateLimiter[keys];
        for (int i = 0; i < keys; i++) {
          rateLimiters[i] = redisson.getRateLimiter("peers:plan:t" + i + ":rpm");
          if (!rateLimiters[i].trySetRate(RateType.OVERALL, LIMIT, Duration.ofMinutes(1))) {
            throw new IllegalStateException("a rate was already set on limiter " + i);
          }
        }
      } else if (limiter.equals("bucket4j-lettuce")) {
        client = RedisClient.create(server.uri());
        connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        LettuceBasedProxyManager<String> proxy = Bucket4jLettuce.casBasedBuilder(connection)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofSeconds(60)))
            .build();
        BucketConfiguration config = BucketConfiguration.builder()
            .addLimit(l -> l.capacity(LIMIT).refillGreedy(LIMIT, Duration.ofMinutes(1))).build();
        buckets = new Bucket[keys];
        for (int i = 0; i < keys; i++) {
          buckets[i] = proxy.builder().build("peers:plan:t" + i + ":rpm", () -> config);
        }
      } else {
        throw new IllegalArgumentException("unknown limiter: " + limiter);
      }
    }

    /** Stops everything; the server last, whatever else fails. */
    @TearDown(Level.Trial)
    public void tearDown() {
      try {
        if (redis != null) {
          redis.close();
        }
        if (connection != null) {
          connection.close();
        }
        if (client != null) {
          client.shutdown();
        }
        if (redisson != null) {
          redisson.shutdown();
        }
      } finally {
        server.close();
      }
    }
  }

  /**
   * @param s the limiter
   * @return whether granted
   */
  @Benchmark
  @Threads(16)
  public boolean onePermit(Limiters s) {
    int i = s.keys == 1 ? 0 : ThreadLocalRandom.current().nextInt(s.keys);
    if (s.buckets != null) {
      return s.buckets[i].tryConsume(1);
    }
    if (s.rateLimiters != null) {
      return s.rateLimiters[i].tryAcquire(1);
    }
    return s.costStore.acquirePermits(s.limiterKeys[i], "p" + s.ids.incrementAndGet(), 1, LIMIT,
        Duration.ofMinutes(1)).granted();
  }
}
