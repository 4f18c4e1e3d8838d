package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kill switch checks read the replica's copy: a hung Redis never makes a check wait. */
class KillSwitchesDuringAnOutageTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  /**
   * Kill switch checks read the replica's copy ("no round trip per call; an outage keeps the last known
   * state"), but the re-read every second happened on the caller's thread: while the server hangs, checks
   * waited for the command timeout, many threads at once.
   */
  @Test
  void killSwitchChecksDoNotWaitForAHungServer() throws Exception {
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    try (RedisStores stores = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofSeconds(2)).build();
        StatefulRedisConnection<String, String> conn = admin.connect()) {
      KillSwitches k = stores.killSwitches("hung-ks");
      k.offReason(KillSwitches.Target.TOOL, "refund");
      conn.sync().clientPause(5_000);
      long end = System.nanoTime() + 4_000_000_000L;
      AtomicInteger slow = new AtomicInteger();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Thread t = new Thread(() -> {
          while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            k.offReason(KillSwitches.Target.TOOL, "refund");
            // a check that waited for Redis waits its 2 s command timeout; 1 s leaves room for a busy host
            if (System.nanoTime() - t0 > 1_000_000_000L) {
              slow.incrementAndGet();
            }
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(slow.get()).as("checks that waited > 1 s for the hung server").isZero();
    } finally {
      admin.shutdown();
    }
  }
}
