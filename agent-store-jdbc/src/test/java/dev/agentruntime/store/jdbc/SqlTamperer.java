package dev.agentruntime.store.jdbc;

import dev.agentruntime.testing.contract.AuditLogContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Changes audit rows behind the log's back, as someone with database access could. */
final class SqlTamperer implements AuditLogContract.Tamperer {
  private final DataSource ds;
  private final Supplier<String> chain;

  SqlTamperer(DataSource ds, Supplier<String> chain) {
    this.ds = ds;
    this.chain = chain;
  }

  private void exec(String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  @Override
  public void changeOutcome(long seq, String outcome) throws Exception {
    exec("UPDATE agent_audit SET outcome = ? WHERE chain = ? AND seq = ?", outcome, chain.get(), seq);
  }

  @Override
  public void remove(long seq) throws Exception {
    exec("DELETE FROM agent_audit WHERE chain = ? AND seq = ?", chain.get(), seq);
  }

  @Override
  public void swap(long a, long b) throws Exception {
    exec("UPDATE agent_audit SET seq = -1 WHERE chain = ? AND seq = ?", chain.get(), a);
    exec("UPDATE agent_audit SET seq = ? WHERE chain = ? AND seq = ?", a, chain.get(), b);
    exec("UPDATE agent_audit SET seq = ? WHERE chain = ? AND seq = -1", b, chain.get());
  }
}
