package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.testing.contract.AuditLogContract;
import dev.agentruntime.testing.contract.CheckpointStoreContract;
import dev.agentruntime.testing.contract.IdempotencyStoreContract;
import dev.agentruntime.testing.contract.SessionStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import dev.agentruntime.testing.postgres.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store contracts against a real, throw-away PostgreSQL server. */
@ExtendWith(PostgresServer.class)
class PostgresContractTests {

  private static JdbcStores stores;

  static synchronized JdbcStores stores() {
    if (stores == null) {
      stores = JdbcStores.builder().jdbcUrl(PostgresServer.get().jdbcUrl()).username("postgres").build();
    }
    return stores;
  }

  @AfterAll
  static void close() {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @Override
    protected SessionStore createStore() {
      return stores().sessions();
    }
  }

  @Nested
  class Idempotency extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore createStore() {
      return stores().idempotency();
    }
  }

  @Nested
  class Checkpoints extends CheckpointStoreContract {
    @Override
    protected CheckpointStore createStore() {
      return stores().checkpoints();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    private String chain;

    @Override
    protected AuditLog createLog() {
      chain = "contract-" + UUID.randomUUID();
      return stores().auditLog(chain);
    }

    @Override
    protected Tamperer tamper() {
      return new SqlTamperer(stores().dataSource(), () -> chain);
    }
  }
}
