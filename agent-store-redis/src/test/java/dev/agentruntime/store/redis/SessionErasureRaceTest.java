package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session deleted while it is created again under the same id: the user's index must still hold
 * it, so {@code list()} shows it and an erasure ({@code deleteUser}) finds it.
 */
class SessionErasureRaceTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  @RegisterExtension
  static final StoresFixture STORES = StoresFixture.on(REDIS);

  @Test
  void aSessionRecreatedWhileDeletedStaysIndexed() throws Exception {
    SessionStore store = STORES.get().sessionStore("recreate");
    SessionOwner owner = new SessionOwner(null, "alice");
    int misses = 0;
    for (int round = 0; round < 200 && misses == 0; round++) {
      String id = "s-" + round;
      store.append(id, owner, 0, List.of(new UserMessage("first")), "run-a");
      AtomicBoolean go = new AtomicBoolean();
      Thread deleter = new Thread(() -> {
        while (!go.get()) {
          Thread.onSpinWait();
        }
        store.delete(id);
      });
      Thread creator = new Thread(() -> {
        while (!go.get()) {
          Thread.onSpinWait();
        }
        for (int i = 0; i < 20; i++) {
          try {
            store.append(id, owner, 0, List.of(new UserMessage("again")), "run-b");
            return;
          } catch (SessionConflictException e) {
            // still there: try again
          }
        }
      });
      deleter.start();
      creator.start();
      go.set(true);
      deleter.join();
      creator.join();
      if (store.info(id).isPresent()
          && store.list(null, "alice").stream().noneMatch(s -> s.sessionId().equals(id))) {
        misses++;
        assertThat(store.deleteUser(null, "alice")).isGreaterThanOrEqualTo(0);
        assertThat(store.info(id)).as("session " + id + " after erasing alice").isEmpty();
      }
    }
    assertThat(misses).as("rounds where an existing session fell out of its user's index").isZero();
  }

  /** Sessions indexed by an earlier version (the member is the bare id, the session has no tag). */
  @Test
  void sessionsIndexedByAnEarlierVersionAreStillListedAndErased() {
    SessionStore store = STORES.get().sessionStore("legacy");
    String meta = "{legacy:session:old-1}:meta";
    STORES.get().execute(c -> c.hset(meta, Map.of("next", "0", "created", "1700000000000000",
        "updated", "1700000000000000", "user", "bob")));
    STORES.get().execute(c -> c.sadd("{legacy:sessions:user:bob}", "old-1"));
    STORES.get().execute(c -> c.sadd("{legacy:sessions}:all", "old-1"));
    assertThat(store.list(null, "bob")).extracting(s -> s.sessionId()).containsExactly("old-1");
    assertThat(store.deleteUser(null, "bob")).isEqualTo(1);
    assertThat(STORES.get().<java.util.Set<String>>execute(c -> c.smembers("{legacy:sessions:user:bob}"))).isEmpty();
    assertThat(STORES.get().<java.util.Set<String>>execute(c -> c.smembers("{legacy:sessions}:all"))).isEmpty();
  }
}
