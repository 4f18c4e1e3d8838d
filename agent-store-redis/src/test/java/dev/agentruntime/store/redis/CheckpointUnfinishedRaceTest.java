package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.checkpoint.RunStatus;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run deleted while it is begun again under the same id: once both are done, a run that exists
 * unfinished must be listed by {@code unfinished()} (or a crash of it is never resumed).
 */
class CheckpointUnfinishedRaceTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Test
  void aRunBegunAgainWhileDeletedStaysUnfinished() throws Exception {
    CheckpointStore store = STORES.get().checkpointStore("rebegin");
    int misses = 0;
    for (int round = 0; round < 200 && misses == 0; round++) {
      RunHeader header = new RunHeader("run-" + round, "go", null, null, null, null, Map.of(),
          Instant.parse("2025-01-01T00:00:00Z").plusSeconds(round));
      store.begin(header);
      AtomicBoolean go = new AtomicBoolean();
      Thread deleter = new Thread(() -> {
        while (!go.get()) {
          Thread.onSpinWait();
        }
        store.delete(header.runId());
      });
      Thread beginner = new Thread(() -> {
        while (!go.get()) {
          Thread.onSpinWait();
        }
        for (int i = 0; i < 3; i++) {
          store.begin(header); // a resume: a no-op while the run exists, a new start once it is gone
        }
      });
      deleter.start();
      beginner.start();
      go.set(true);
      deleter.join();
      beginner.join();
      if (store.load(header.runId()).filter(c -> c.status() == RunStatus.RUNNING).isPresent()
          && !store.unfinished().contains(header.runId())) {
        misses++;
      }
    }
    assertThat(misses).as("rounds where an unfinished run fell out of the unfinished index").isZero();
  }
}
