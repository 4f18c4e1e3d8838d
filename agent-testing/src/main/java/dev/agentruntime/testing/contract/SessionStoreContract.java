package dev.agentruntime.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInfo;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SessionStore} must pass: ordering by sequence number, optimistic
 * concurrency, idempotent retries, exact round trips of every message kind, listing, forking,
 * erasure and leases. Extend it and return a store from {@link #createStore()}; tests use random
 * session and user ids, so a store shared across tests is fine.
 */
public abstract class SessionStoreContract {

  /** The store under test. */
  protected SessionStore store;

  /**
   * @return the store under test
   * @throws Exception when it cannot be created
   */
  protected abstract SessionStore createStore() throws Exception;

  /** Creates the store. */
  @BeforeEach
  void createStoreUnderTest() throws Exception {
    store = createStore();
  }

  /**
   * @param prefix a readable prefix
   * @return an id no other test uses
   */
  protected static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  private static List<ChatMessage> everyKind() {
    return List.of(
        new SystemMessage("be brief"),
        new UserMessage("Wo ist Bestellung 42? \u2014 \uD83D\uDE80 \"quoted\" \\ back\nslash"),
        new AssistantMessage("", List.of(
            ToolCall.of("call_1", "lookup_order", "{\"id\":42}"),
            new ToolCall(null, "search", "{\"q\":\"a\\\"b\"}", "idem-7")),
            "Look order 42 up \u2014 then search.", java.util.Map.of("thinking_signature", "sig-\u00e9",
                "redacted_thinking", List.of("opaque"))),
        new ToolResultMessage("call_1", "lookup_order", "shipped", false),
        new ToolResultMessage(null, "search", "boom", true),
        AssistantMessage.of("It shipped."));
  }

  private static List<ChatMessage> messagesOf(List<SessionEntry> entries) {
    List<ChatMessage> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.message()));
    return out;
  }

  @Test
  void everyMessageKindRoundTripsExactlyInOrder() {
    String s = id("s");
    long next = store.append(s, new SessionOwner("acme", "alice"), 0, everyKind(), "run-1");
    assertThat(next).isEqualTo(6);
    List<SessionEntry> entries = store.read(s);
    assertThat(messagesOf(entries)).containsExactlyElementsOf(everyKind());
    for (int i = 0; i < entries.size(); i++) {
      assertThat(entries.get(i).seq()).isEqualTo(i);
      assertThat(entries.get(i).runId()).isEqualTo("run-1");
    }
  }

  @Test
  void appendsContinueTheSequenceAndReadFromASeqReturnsTheTail() {
    String s = id("s");
    long n = store.append(s, SessionOwner.none(), 0, List.of(new UserMessage("1"), AssistantMessage.of("2")), "r1");
    n = store.append(s, SessionOwner.none(), n, List.of(new UserMessage("3"), AssistantMessage.of("4")), "r2");
    assertThat(n).isEqualTo(4);
    assertThat(messagesOf(store.read(s))).extracting(ChatMessage::text).containsExactly("1", "2", "3", "4");
    assertThat(store.read(s, 2)).extracting(SessionEntry::seq).containsExactly(2L, 3L);
    assertThat(store.read(s, 9)).isEmpty();
  }

  @Test
  void manyMessagesInOneMillisecondKeepTheirOrder() {
    String s = id("s");
    List<ChatMessage> burst = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      burst.add(new UserMessage("m" + i));
    }
    store.append(s, SessionOwner.none(), 0, burst, "r");
    assertThat(messagesOf(store.read(s))).containsExactlyElementsOf(burst);
  }

  /**
   * Listing a user's sessions while new ones are created never makes one unfindable: each is
   * listed afterwards and erased with the user's data.
   */
  @Test
  void sessionsCreatedWhileTheUsersSessionsAreListedAreAllFoundAndErased() throws Exception {
    String user = id("lister");
    SessionOwner owner = new SessionOwner("acme", user);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> lister = pool.submit(() -> {
        while (!stop.get()) {
          store.list("acme", user);
        }
        return null;
      });
      int n = 300;
      for (int i = 0; i < n; i++) {
        store.append(id("s" + i), owner, 0, List.of(new UserMessage("hi " + i)), "r" + i);
      }
      stop.set(true);
      lister.get(30, TimeUnit.SECONDS);
      assertThat(store.list("acme", user)).as("sessions listed").hasSize(n);
      assertThat(store.deleteUser("acme", user)).as("sessions erased").isEqualTo(n);
      assertThat(store.list("acme", user)).isEmpty();
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  @Test
  void unknownSessionReadsEmpty() {
    String s = id("none");
    assertThat(store.read(s)).isEmpty();
    assertThat(store.info(s)).isEmpty();
  }

  @Test
  void appendAtAStaleSequenceConflictsAndWritesNothing() {
    String s = id("s");
    store.append(s, SessionOwner.none(), 0, List.of(new UserMessage("a")), "r1");
    store.append(s, SessionOwner.none(), 1, List.of(AssistantMessage.of("b")), "r1");
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 1, List.of(new UserMessage("late")), "r2"))
        .isInstanceOfSatisfying(SessionConflictException.class, e -> {
          assertThat(e.sessionId()).isEqualTo(s);
          assertThat(e.expectedSeq()).isEqualTo(1);
          assertThat(e.actualSeq()).isEqualTo(2);
        });
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 5, List.of(new UserMessage("gap")), "r2"))
        .isInstanceOf(SessionConflictException.class);
    assertThat(messagesOf(store.read(s))).extracting(ChatMessage::text).containsExactly("a", "b");
  }

  @Test
  void retryingAnAppendThatSucceededIsANoOp() {
    String s = id("s");
    List<ChatMessage> turn = List.of(new UserMessage("q"), AssistantMessage.of("a"));
    assertThat(store.append(s, SessionOwner.none(), 0, turn, "r1")).isEqualTo(2);
    assertThat(store.append(s, SessionOwner.none(), 0, turn, "r1")).isEqualTo(2);
    assertThat(store.read(s)).hasSize(2);
    // same position, other run or other content: a real conflict
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 0, turn, "r2"))
        .isInstanceOf(SessionConflictException.class);
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 0,
        List.of(new UserMessage("q"), AssistantMessage.of("other")), "r1"))
        .isInstanceOf(SessionConflictException.class);
  }

  @Test
  void concurrentWritersNeverInterleaveOrLoseMessages() throws Exception {
    String s = id("s");
    int writers = 6;
    int turnsEach = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    Set<String> conflictsSeen = ConcurrentHashMap.newKeySet();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        futures.add(pool.submit(() -> {
          start.await();
          for (int t = 0; t < turnsEach; t++) {
            List<ChatMessage> turn = List.of(new UserMessage("w" + writer + "t" + t + "q"),
                AssistantMessage.of("w" + writer + "t" + t + "a"));
            while (true) {
              long seen = store.info(s).map(SessionInfo::messageCount).orElse(0L);
              try {
                store.append(s, SessionOwner.none(), seen, turn, "w" + writer + "t" + t);
                break;
              } catch (SessionConflictException e) {
                conflictsSeen.add("w" + writer);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<SessionEntry> entries = store.read(s);
    assertThat(entries).hasSize(writers * turnsEach * 2);
    for (int i = 0; i < entries.size(); i += 2) {
      String q = entries.get(i).message().text();
      String a = entries.get(i + 1).message().text();
      assertThat(entries.get(i).seq()).isEqualTo(i);
      assertThat(a).as("turn at seq %d is not interleaved", i).isEqualTo(q.substring(0, q.length() - 1) + "a");
    }
  }

  @Test
  void infoAndListByUserAndTenant() {
    String alice = id("alice");
    String bob = id("bob");
    String s1 = id("s1");
    String s2 = id("s2");
    String s3 = id("s3");
    store.append(s1, new SessionOwner("acme", alice), 0, List.of(new UserMessage("x")), "r");
    store.append(s2, new SessionOwner("acme", alice), 0, List.of(new UserMessage("y"), AssistantMessage.of("z")), "r");
    store.append(s3, new SessionOwner("acme", bob), 0, List.of(new UserMessage("w")), "r");
    SessionInfo info = store.info(s2).orElseThrow();
    assertThat(info.userId()).isEqualTo(alice);
    assertThat(info.tenantId()).isEqualTo("acme");
    assertThat(info.messageCount()).isEqualTo(2);
    assertThat(info.forkedFrom()).isNull();
    assertThat(store.list(null, alice)).extracting(SessionInfo::sessionId).containsExactlyInAnyOrder(s1, s2);
    assertThat(store.list("acme", bob)).extracting(SessionInfo::sessionId).containsExactly(s3);
    assertThat(store.list("other-tenant", alice)).isEmpty();
  }

  @Test
  void forkCopiesAPrefixAndThenLivesItsOwnLife() {
    String src = id("src");
    String fork = id("fork");
    store.append(src, new SessionOwner("t", "u"), 0, everyKind(), "r1");
    SessionInfo info = store.fork(src, 3, fork);
    assertThat(info.sessionId()).isEqualTo(fork);
    assertThat(info.forkedFrom()).isEqualTo(src);
    assertThat(info.messageCount()).isEqualTo(3);
    assertThat(info.userId()).isEqualTo("u");
    assertThat(messagesOf(store.read(fork))).containsExactlyElementsOf(everyKind().subList(0, 3));
    store.append(fork, new SessionOwner("t", "u"), 3, List.of(new UserMessage("only in the fork")), "r2");
    assertThat(store.read(src)).hasSize(6);
    assertThat(store.read(fork)).hasSize(4);
  }

  @Test
  void forkRejectsBadArgumentsByName() {
    String src = id("src");
    store.append(src, SessionOwner.none(), 0, List.of(new UserMessage("a")), "r");
    assertThatThrownBy(() -> store.fork(id("missing"), 0, id("f"))).hasMessageContaining("sourceSessionId");
    assertThatThrownBy(() -> store.fork(src, 2, id("f"))).hasMessageContaining("uptoSeq");
    assertThatThrownBy(() -> store.fork(src, -1, id("f"))).hasMessageContaining("uptoSeq");
    assertThatThrownBy(() -> store.fork(src, 1, src)).hasMessageContaining("newSessionId");
  }

  @Test
  void deleteAndEraseAUser() {
    String alice = id("alice");
    String s1 = id("s1");
    String s2 = id("s2");
    String keep = id("keep");
    store.append(s1, new SessionOwner("acme", alice), 0, List.of(new UserMessage("a")), "r");
    store.append(s2, new SessionOwner("globex", alice), 0, List.of(new UserMessage("b")), "r");
    store.append(keep, new SessionOwner("acme", id("bob")), 0, List.of(new UserMessage("c")), "r");
    assertThat(store.deleteUser("acme", alice)).isEqualTo(1);
    assertThat(store.read(s1)).isEmpty();
    assertThat(store.read(s2)).hasSize(1);
    assertThat(store.deleteUser(null, alice)).isEqualTo(1);
    assertThat(store.list(null, alice)).isEmpty();
    assertThat(store.info(s2)).isEmpty();
    assertThat(store.read(keep)).hasSize(1);
    assertThat(store.delete(keep)).isTrue();
    assertThat(store.delete(keep)).isFalse();
    // an erased session starts again from seq 0
    assertThat(store.append(keep, SessionOwner.none(), 0, List.of(new UserMessage("new")), "r")).isEqualTo(1);
  }

  @Test
  void leasesAreExclusiveReentrantReleasableAndExpire() throws InterruptedException {
    String s = id("s");
    assertThat(store.tryLease(s, "run-a", Duration.ofMinutes(1))).isTrue();
    assertThat(store.tryLease(s, "run-a", Duration.ofMinutes(1))).isTrue();
    assertThat(store.tryLease(s, "run-b", Duration.ofMinutes(1))).isFalse();
    store.releaseLease(s, "run-b"); // not the holder: no effect
    assertThat(store.tryLease(s, "run-b", Duration.ofMinutes(1))).isFalse();
    store.releaseLease(s, "run-a");
    assertThat(store.tryLease(s, "run-b", Duration.ofMillis(200))).isTrue();
    Thread.sleep(800);
    assertThat(store.tryLease(s, "run-c", Duration.ofMinutes(1))).as("expired lease is free").isTrue();
  }

  /** The runtime renews a running run's lease by taking it again: that must move its expiry. */
  @Test
  void takingALeaseAgainRenewsIt() throws InterruptedException {
    String s = id("s");
    assertThat(store.tryLease(s, "run-a", Duration.ofSeconds(3))).isTrue();
    Thread.sleep(2_000);
    assertThat(store.tryLease(s, "run-a", Duration.ofSeconds(3))).as("renewed by its holder").isTrue();
    Thread.sleep(2_000); // past the first expiry (by a second), within the renewed one (by a second)
    assertThat(store.tryLease(s, "run-b", Duration.ofMinutes(1))).as("the renewed lease still holds").isFalse();
  }

  @Test
  void badInputIsRejectedByName() {
    String s = id("s");
    assertThatThrownBy(() -> store.append(null, SessionOwner.none(), 0, List.of(), "r")).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> store.append(" ", SessionOwner.none(), 0, List.of(), "r")).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), -1, List.of(), "r")).hasMessageContaining("expectedNextSeq");
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 0, null, "r")).hasMessageContaining("messages");
    assertThatThrownBy(() -> store.append(s, SessionOwner.none(), 0, List.of(new UserMessage("a")), null))
        .hasMessageContaining("runId");
    assertThatThrownBy(() -> store.read(null)).hasMessageContaining("sessionId");
    assertThatThrownBy(() -> store.deleteUser("t", null)).hasMessageContaining("userId");
    assertThatThrownBy(() -> store.tryLease(s, "h", Duration.ZERO)).hasMessageContaining("ttl");
    assertThat(store.read(s)).isEmpty();
  }
}
