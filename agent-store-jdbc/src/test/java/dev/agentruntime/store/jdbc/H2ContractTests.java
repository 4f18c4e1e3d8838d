package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.testing.contract.AuditLogContract;
import dev.agentruntime.testing.contract.CheckpointStoreContract;
import dev.agentruntime.testing.contract.IdempotencyStoreContract;
import dev.agentruntime.testing.contract.SessionStoreContract;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The store contracts against the embedded default: H2 in a file. */
class H2ContractTests {

  @TempDir
  static Path dir;
  private static JdbcStores stores;

  @BeforeAll
  static void open() {
    stores = JdbcStores.h2(dir);
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @Override
    protected SessionStore createStore() {
      return stores.sessions();
    }
  }

  @Nested
  class Idempotency extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore createStore() {
      return stores.idempotency();
    }
  }

  @Nested
  class Checkpoints extends CheckpointStoreContract {
    @Override
    protected CheckpointStore createStore() {
      return stores.checkpoints();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    private String chain;

    @Override
    protected AuditLog createLog() {
      chain = "contract-" + UUID.randomUUID();
      return stores.auditLog(chain);
    }

    @Override
    protected Tamperer tamper() {
      return new SqlTamperer(stores.dataSource(), () -> chain);
    }
  }
}
