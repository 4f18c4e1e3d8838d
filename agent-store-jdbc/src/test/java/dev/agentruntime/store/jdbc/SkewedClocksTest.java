package dev.agentruntime.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.idempotency.IdempotencyStore.Claim;
import dev.agentruntime.core.idempotency.IdempotencyStore.State;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.testing.postgres.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas on one PostgreSQL database whose clocks disagree by an hour (no NTP, a VM resumed
 * from a snapshot): a lease or an idempotency claim one of them holds must hold for the other too,
 * because the database's clock decides when it expires, not each replica's.
 */
@ExtendWith(PostgresServer.class)
class SkewedClocksTest {

  private static JdbcStores onTime;
  private static JdbcStores ahead;
  private static JdbcStores behind;

  private static synchronized void open() {
    if (onTime == null) {
      onTime = replica(Clock.systemUTC());
      ahead = replica(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
      behind = replica(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
    }
  }

  private static JdbcStores replica(Clock clock) {
    return JdbcStores.builder().jdbcUrl(PostgresServer.get().jdbcUrl()).username("postgres")
        .maximumPoolSize(2).clock(clock).build();
  }

  @AfterAll
  static void close() {
    for (JdbcStores s : new JdbcStores[] {onTime, ahead, behind}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void aLeaseHeldByOneReplicaIsNotTakenByAReplicaWhoseClockIsAhead() {
    open();
    String session = "s-" + UUID.randomUUID();
    assertThat(onTime.sessions().tryLease(session, "replica-a", Duration.ofMinutes(5))).isTrue();

    assertThat(ahead.sessions().tryLease(session, "replica-b", Duration.ofMinutes(5)))
        .as("replica-a's 5-minute lease, taken a moment ago").isFalse();
  }

  @Test
  void aLeaseTakenByAReplicaWhoseClockIsBehindHoldsForTheOthers() {
    open();
    String session = "s-" + UUID.randomUUID();
    assertThat(behind.sessions().tryLease(session, "replica-b", Duration.ofMinutes(5))).isTrue();

    assertThat(onTime.sessions().tryLease(session, "replica-a", Duration.ofMinutes(5)))
        .as("replica-b's 5-minute lease, taken a moment ago").isFalse();
  }

  @Test
  void aToolCallUnderWayOnOneReplicaIsNotStartedAgainByAnother() {
    open();
    String key = "k-" + UUID.randomUUID();
    assertThat(onTime.idempotency().begin(key, Duration.ofMinutes(10)).state()).isEqualTo(State.ACQUIRED);

    assertThat(ahead.idempotency().begin(key, Duration.ofMinutes(10)).state())
        .as("the same side-effecting call, still under way on the other replica")
        .isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void aResultStoredByAReplicaWhoseClockIsBehindIsReplayed() {
    open();
    String key = "k-" + UUID.randomUUID();
    assertThat(behind.idempotency().begin(key, Duration.ofMinutes(10)).state()).isEqualTo(State.ACQUIRED);
    behind.idempotency().complete(key, ToolResult.success("charged 10 EUR"), Duration.ofMinutes(10));

    Claim again = onTime.idempotency().begin(key, Duration.ofMinutes(10));
    assertThat(again.state()).isEqualTo(State.COMPLETED);
    assertThat(again.result().content()).isEqualTo("charged 10 EUR");
  }

  @Test
  void purgingOnAReplicaWhoseClockIsAheadKeepsLiveKeys() {
    open();
    String key = "k-" + UUID.randomUUID();
    onTime.idempotency().begin(key, Duration.ofMinutes(10));
    onTime.idempotency().complete(key, ToolResult.success("sent"), Duration.ofMinutes(10));

    ahead.idempotency().purgeExpired();

    assertThat(onTime.idempotency().begin(key, Duration.ofMinutes(10)).result().content()).isEqualTo("sent");
  }
}
