package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim ({@code begin}) whose reply was lost: its caller was told the store is unavailable and
 * never ran the tool, so the claim must not block the key for its whole TTL.
 */
class LostIdempotencyClaimTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  /**
   * A claim whose reply was lost (the server answered after the command timeout): the caller was told the
   * store is unavailable, so it never ran the tool; a retry must be able to run it, not wait for the whole TTL.
   */
  @Test
  void aClaimWhoseReplyWasLostDoesNotBlockTheKeyForItsWholeTtl() throws Exception {
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    try (RedisStores slow = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofMillis(300)).build();
        StatefulRedisConnection<String, String> conn = admin.connect()) {
      IdempotencyStore idem = slow.idempotencyStore("lost-claim");
      idem.abandon("warm-up");
      conn.sync().clientPause(1_000);
      assertThatThrownBy(() -> idem.begin("refund-42", Duration.ofHours(24)))
          .isInstanceOf(RedisStoreUnavailableException.class);
      Thread.sleep(1_200); // the server answers again (and ran the SET NX)
      assertThat(idem.begin("refund-42", Duration.ofHours(24)).state())
          .as("the key the failed begin never gave its caller")
          .isEqualTo(IdempotencyStore.State.ACQUIRED);
    } finally {
      admin.shutdown();
    }
  }

  /** Releasing a lost claim never releases the claim another caller made on the key after it expired. */
  @Test
  void releasingALostClaimLeavesAnotherCallersClaimAlone() throws Exception {
    RedisClient admin = RedisClient.create(REDIS.server().uri());
    try (RedisStores slow = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofMillis(300)).build();
        RedisStores other = RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofSeconds(2)).build();
        StatefulRedisConnection<String, String> conn = admin.connect()) {
      IdempotencyStore idem = slow.idempotencyStore("lost-other");
      IdempotencyStore replica = other.idempotencyStore("lost-other");
      idem.abandon("warm-up");
      conn.sync().clientPause(1_000);
      assertThatThrownBy(() -> idem.begin("refund-7", Duration.ofMillis(300)))
          .isInstanceOf(RedisStoreUnavailableException.class);
      Thread.sleep(2_000); // the lost claim was made when the pause ended, and expired 300 ms later
      assertThat(replica.begin("refund-7", Duration.ofHours(24)).state()).isEqualTo(IdempotencyStore.State.ACQUIRED);
      assertThat(idem.begin("another-key", Duration.ofHours(24)).state()).isEqualTo(IdempotencyStore.State.ACQUIRED);
      assertThat(idem.begin("refund-7", Duration.ofHours(24)).state())
          .as("the other replica's claim, after the lost one was released")
          .isEqualTo(IdempotencyStore.State.IN_PROGRESS);
    } finally {
      admin.shutdown();
    }
  }

  /**
   * The connection drops after the server ran the claim's SET NX but before its reply arrived (Lettuce
   * cancels the command: "Connection disconnected"): the caller never ran the tool, yet every later begin
   * (the run resumed, a retry) sees IN_PROGRESS for the whole TTL (24 h by default; ToolTransport polls it).
   */
  @Test
  void aClaimSentAgainAfterAReconnectIsStillTheCallersClaim() throws Exception {
    try (LossyProxy proxy = new LossyProxy(REDIS.server().port(), "retx-key");
        RedisStores stores = RedisStores.builder().uri("redis://127.0.0.1:" + proxy.port())
            .commandTimeout(Duration.ofSeconds(3)).build()) {
      IdempotencyStore idem = stores.idempotencyStore("retx");
      idem.abandon("warm-up");
      proxy.armed.set(true);
      assertThatThrownBy(() -> idem.begin("retx-key", Duration.ofHours(24)))
          .isInstanceOf(RedisStoreUnavailableException.class); // "Connection disconnected"
      assertThat(proxy.armed.get()).as("the proxy cut the connection").isFalse();
      Thread.sleep(500); // reconnected
      assertThat(idem.begin("retx-key", Duration.ofHours(24)).state())
          .as("the key no caller was ever given").isEqualTo(IdempotencyStore.State.ACQUIRED);
    }
  }
}
