package dev.agentruntime.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.store.StoreException;
import dev.agentruntime.core.store.StoreFailurePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import dev.agentruntime.testing.postgres.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database going away mid-use: clear errors, nothing acknowledged is lost, recovery afterwards. */
@ExtendWith(PostgresServer.class)
class DatabaseOutageTest {

  @Test
  void runsFailClearlyOrContinueByPolicyAndNothingAcknowledgedIsLost() throws Exception {
    PostgresServer.Cluster pg = PostgresServer.get();
    String session = "outage-" + UUID.randomUUID();
    try (JdbcStores stores = JdbcStores.builder().jdbcUrl(pg.jdbcUrl()).username("postgres")
        .connectionTimeout(Duration.ofMillis(800)).build()) {
      AuditLog audit = stores.auditLog("outage-" + UUID.randomUUID());
      ScriptedModelClient model = ScriptedModelClient.builder().thenRespond(r -> "answer to " + r.lastMessage().text())
          .repeatLast(true).build();
      RunOptions opts = RunOptions.builder().sessionId(session).userId("alice").build();
      try (AgentRuntime failing = AgentRuntime.builder().model(model)
              .interceptor(SessionInterceptor.builder(stores.sessions()).storeAttempts(2).build()).build();
          AgentRuntime lenient = AgentRuntime.builder().model(model)
              .interceptor(SessionInterceptor.builder(stores.sessions()).storeAttempts(1)
                  .onStoreFailure(StoreFailurePolicy.CONTINUE).build()).build()) {
        failing.run("one", opts);
        audit.append(new AuditEvent("tool_call", "t", "ok", null, "r1", session, "alice", null, null));

        pg.stop();
        try {
          assertThatThrownBy(() -> failing.run("two", opts)).isInstanceOf(StoreException.class)
              .hasMessageContaining("session store");
          assertThat(lenient.run("three", opts).output()).isEqualTo("answer to three");
          assertThatThrownBy(() -> audit.append(new AuditEvent("tool_call", "t", "ok", null, "r2", null, null, null, null)))
              .isInstanceOf(StoreException.class).hasMessageContaining("audit log");
        } finally {
          pg.start();
        }

        assertThat(stores.sessions().read(session)).extracting(SessionEntry::message)
            .extracting(m -> m.text()).containsExactly("one", "answer to one");
        failing.run("four", opts);
        assertThat(stores.sessions().read(session)).extracting(e -> e.message().text())
            .containsExactly("one", "answer to one", "four", "answer to four");
        audit.append(new AuditEvent("tool_call", "t", "ok", null, "r3", null, null, null, null));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().records()).isEqualTo(2);
      }
    }
  }
}
