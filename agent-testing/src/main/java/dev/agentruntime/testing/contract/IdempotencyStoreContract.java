package dev.agentruntime.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.IdempotencyStore.Claim;
import dev.agentruntime.core.idempotency.IdempotencyStore.State;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IdempotencyStore} must pass. Extend it, return a store from
 * {@link #createStore()} (a fresh one, or a shared one: every test uses its own random keys), and
 * the inherited tests check claim, completion, release, expiry, concurrency and bad input.
 */
public abstract class IdempotencyStoreContract {

  /** A TTL long enough that nothing expires during a test. */
  protected static final Duration LONG = Duration.ofMinutes(10);

  /** The store under test, created before each test. */
  protected IdempotencyStore store;

  /**
   * @return the store under test
   * @throws Exception when it cannot be created
   */
  protected abstract IdempotencyStore createStore() throws Exception;

  /**
   * The TTL used by the expiry test; the test waits four times as long. Stores with a coarse clock
   * may return more.
   *
   * @return a short TTL
   */
  protected Duration shortTtl() {
    return Duration.ofMillis(200);
  }

  /** Creates the store. */
  @BeforeEach
  void createStoreUnderTest() throws Exception {
    store = createStore();
  }

  /** @return a key no other test (or earlier run against a shared server) uses */
  protected static String freshKey() {
    return "contract:" + UUID.randomUUID();
  }

  @Test
  void firstBeginAcquiresAndSecondSeesInProgress() {
    String key = freshKey();
    assertThat(store.begin(key, LONG).state()).isEqualTo(State.ACQUIRED);
    Claim second = store.begin(key, LONG);
    assertThat(second.state()).isEqualTo(State.IN_PROGRESS);
    assertThat(second.result()).isNull();
  }

  @Test
  void completedKeyReturnsTheStoredResultToEveryLaterBegin() {
    String key = freshKey();
    store.begin(key, LONG);
    store.complete(key, ToolResult.success("ticket T-1 created"), LONG);
    for (int i = 0; i < 3; i++) {
      Claim c = store.begin(key, LONG);
      assertThat(c.state()).isEqualTo(State.COMPLETED);
      assertThat(c.result()).isEqualTo(ToolResult.success("ticket T-1 created"));
    }
  }

  @Test
  void errorResultsAndUnusualTextSurviveTheRoundTrip() {
    String key = freshKey();
    String text = "fehlgeschlagen: \"quota\" \u2014 \uD83D\uDE80\n\ttab, 'quote', \\ backslash, {\"json\":true}";
    store.begin(key, LONG);
    store.complete(key, ToolResult.error(text), LONG);
    Claim c = store.begin(key, LONG);
    assertThat(c.result().content()).isEqualTo(text);
    assertThat(c.result().isError()).isTrue();
  }

  /**
   * A result holding U+0000 (raw output of a process or a file) is stored like any other: a store
   * that refused it would leave the call unrecorded, and a resume would run the tool again.
   */
  @Test
  void aResultHoldingNulCharactersRoundTrips() {
    String key = freshKey();
    String text = "header\u0000\u0000body \u2014 \\u0000 is not NUL, \"json\"\u0000";
    store.begin(key, LONG);
    store.complete(key, ToolResult.success(text), LONG);
    Claim c = store.begin(key, LONG);
    assertThat(c.result().content()).isEqualTo(text);
  }

  @Test
  void emptyResultIsStillACompletedResult() {
    String key = freshKey();
    store.begin(key, LONG);
    store.complete(key, ToolResult.success(""), LONG);
    Claim c = store.begin(key, LONG);
    assertThat(c.state()).isEqualTo(State.COMPLETED);
    assertThat(c.result()).isEqualTo(ToolResult.success(""));
  }

  @Test
  void abandonReleasesAClaimSoTheNextBeginAcquires() {
    String key = freshKey();
    store.begin(key, LONG);
    store.abandon(key);
    assertThat(store.begin(key, LONG).state()).isEqualTo(State.ACQUIRED);
  }

  @Test
  void abandonNeverForgetsACompletedResult() {
    String key = freshKey();
    store.begin(key, LONG);
    store.complete(key, ToolResult.success("done"), LONG);
    store.abandon(key);
    assertThat(store.begin(key, LONG)).isEqualTo(Claim.completed(ToolResult.success("done")));
  }

  @Test
  void abandonOfAnUnknownKeyIsHarmless() {
    String key = freshKey();
    store.abandon(key);
    assertThat(store.begin(key, LONG).state()).isEqualTo(State.ACQUIRED);
  }

  @Test
  void keysAreIndependent() {
    String a = freshKey();
    String b = freshKey();
    store.begin(a, LONG);
    store.complete(a, ToolResult.success("a"), LONG);
    assertThat(store.begin(b, LONG).state()).isEqualTo(State.ACQUIRED);
    assertThat(store.begin(a, LONG).result().content()).isEqualTo("a");
  }

  /**
   * Keys that differ only in characters a store might escape or map (braces, parentheses, percent
   * signs, colons) are different keys: a caller's "refund(1)" never gets "refund{1}"'s result.
   */
  @Test
  void keysDifferingOnlyInPunctuationAreIndependent() {
    String base = freshKey();
    List<String> keys = List.of(base + "{1}", base + "(1)", base + "%7B1%7D", base + ":1", base + "{1)", base + "%(1)");
    for (String k : keys) {
      assertThat(store.begin(k, LONG).state()).as(k).isEqualTo(State.ACQUIRED);
      store.complete(k, ToolResult.success(k), LONG);
    }
    for (String k : keys) {
      assertThat(store.begin(k, LONG).result().content()).as(k).isEqualTo(k);
    }
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThatThrownBy(() -> store.begin("", LONG)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void claimAndResultExpireAfterTheirTtl() throws InterruptedException {
    String claimed = freshKey();
    String completed = freshKey();
    Duration ttl = shortTtl();
    store.begin(claimed, ttl);
    store.begin(completed, ttl);
    store.complete(completed, ToolResult.success("old"), ttl);
    Thread.sleep(ttl.multipliedBy(4).toMillis());
    assertThat(store.begin(claimed, LONG).state()).isEqualTo(State.ACQUIRED);
    assertThat(store.begin(completed, LONG).state()).isEqualTo(State.ACQUIRED);
  }

  @Test
  void completeExtendsTheLifeOfTheKeyToItsOwnTtl() throws InterruptedException {
    String key = freshKey();
    Duration ttl = shortTtl();
    store.begin(key, ttl);
    store.complete(key, ToolResult.success("kept"), LONG);
    Thread.sleep(ttl.multipliedBy(4).toMillis());
    assertThat(store.begin(key, LONG)).isEqualTo(Claim.completed(ToolResult.success("kept")));
  }

  @Test
  void exactlyOneOfManyConcurrentBeginsAcquires() throws Exception {
    int threads = 8;
    int rounds = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String key = freshKey();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<State>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> {
            start.await();
            return store.begin(key, LONG).state();
          }));
        }
        start.countDown();
        int acquired = 0;
        for (Future<State> f : futures) {
          State s = f.get(30, TimeUnit.SECONDS);
          assertThat(s).isIn(State.ACQUIRED, State.IN_PROGRESS);
          if (s == State.ACQUIRED) {
            acquired++;
          }
        }
        assertThat(acquired).as("claims acquired in round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInputIsRejectedWithAMessageNamingTheArgument() {
    String key = freshKey();
    assertThatThrownBy(() -> store.begin(null, LONG)).hasMessageContaining("key");
    assertThatThrownBy(() -> store.begin(key, null)).hasMessageContaining("ttl");
    assertThatThrownBy(() -> store.begin(key, Duration.ZERO)).hasMessageContaining("ttl");
    assertThatThrownBy(() -> store.begin(key, Duration.ofSeconds(-1))).hasMessageContaining("ttl");
    assertThatThrownBy(() -> store.complete(key, null, LONG)).hasMessageContaining("result");
    assertThatThrownBy(() -> store.complete(null, ToolResult.success("x"), LONG))
        .hasMessageContaining("key");
    assertThatThrownBy(() -> store.abandon(null)).hasMessageContaining("key");
    // nothing was claimed by the rejected calls
    assertThat(store.begin(key, LONG).state()).isEqualTo(State.ACQUIRED);
  }
}
