package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that cannot serve for a while (busy in another client's script, out of memory) answers
 * with an error reply instead of not answering: that is the store being unavailable (the stores'
 * outage policy, health, kill switches' last known state), not a bug of the caller.
 */
class ServerRefusalsAreOutagesTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  /** A server busy in another client's long script answers BUSY: that is the store being unavailable. */
  @Test
  void aBusyServerIsUnavailableNotAnIllegalState() throws Exception {
    CostStore store = STORES.get().costStore();
    CostKeys keys = new CostKeys("busy");
    List<CounterSpec> budget = List.of(CounterSpec.total(keys.budget("t", "acme"), 1_000, true, Duration.ofHours(1)));
    store.reserve("warm", budget, 1, Duration.ofMinutes(1)); // connected, scripts loaded
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    try (StatefulRedisConnection<String, String> conn = admin.connect();
        StatefulRedisConnection<String, String> probe = admin.connect()) {
      conn.sync().configSet("busy-reply-threshold", "100");
      Throwable thrown = null;
      RedisFuture<Long> busy = null;
      try {
        // a read-only script spinning for 2 s on the server
        busy = conn.async().eval("local t = redis.call('TIME'); local s = tonumber(t[1]) * 1000000 + tonumber(t[2]);"
            + " repeat t = redis.call('TIME') until tonumber(t[1]) * 1000000 + tonumber(t[2]) - s > 2000000"
            + " return 1", ScriptOutputType.INTEGER);
        awaitBusy(probe);
        try {
          store.reserve("during", budget, 1, Duration.ofMinutes(1));
        } catch (Throwable t) {
          thrown = t;
        }
      } finally {
        if (busy != null) {
          busy.get();
        }
        conn.sync().configSet("busy-reply-threshold", "5000");
      }
      assertThat(thrown).as("reserve while the server is BUSY").isInstanceOf(CostStoreUnavailableException.class);
    } finally {
      admin.shutdown();
    }
    assertThat(store.reserve("after", budget, 1, Duration.ofMinutes(1)).granted()).as("once it is done").isTrue();
  }

  /** Waits until the server answers BUSY (the script has run past the threshold). */
  private static void awaitBusy(StatefulRedisConnection<String, String> probe) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        probe.sync().get("busy-probe");
      } catch (RedisBusyException e) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the server never answered BUSY");
  }

  /** A server out of memory refuses writes: the stores' "unavailable" errors (their outage policy). */
  @Test
  void aServerOutOfMemoryIsUnavailableNotAnIllegalState() {
    CostStore store = STORES.get().costStore();
    SessionStore sessions = STORES.get().sessionStore("oom");
    CostKeys keys = new CostKeys("oom");
    List<CounterSpec> budget = List.of(CounterSpec.total(keys.budget("t", "acme"), 1_000, true, Duration.ofHours(1)));
    store.reserve("warm", budget, 1, Duration.ofMinutes(1));
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    Throwable reserve = null;
    Throwable append = null;
    try (StatefulRedisConnection<String, String> conn = admin.connect()) {
      conn.sync().configSet("maxmemory", "1");
      try {
        try {
          store.reserve("during", budget, 1, Duration.ofMinutes(1));
        } catch (Throwable t) {
          reserve = t;
        }
        try {
          sessions.append("s-oom", SessionOwner.none(), 0, List.of(new UserMessage("hi")), "run-1");
        } catch (Throwable t) {
          append = t;
        }
      } finally {
        conn.sync().configSet("maxmemory", "0");
      }
    } finally {
      admin.shutdown();
    }
    assertThat(reserve).as("reserve on a full server").isInstanceOf(CostStoreUnavailableException.class);
    assertThat(append).as("append on a full server").isInstanceOf(RedisStoreUnavailableException.class);
  }
}
