package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.audit.AuditChain;
import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.audit.AuditRecord;
import dev.agentruntime.core.audit.AuditVerification;
import dev.agentruntime.store.jdbc.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link AuditLog} on JDBC: table {@code agent_audit} keyed by (chain, seq); appends of one chain
 * are serialised across processes by locking its row in {@code agent_audit_head}, which holds the
 * next position and the last hash. Several chains (for example one per tenant) share the tables.
 * Obtain it from {@link JdbcStores#auditLog(String)}.
 */
public final class JdbcAuditLog implements AuditLog {
  private final Sql sql;
  private final String chain;
  private final Clock clock;

  JdbcAuditLog(DataSource ds, String chain, Clock clock) {
    this.sql = new Sql(ds, "audit log '" + chain + "'");
    this.chain = chain;
    this.clock = clock;
  }

  @Override
  public AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    return sql.tx("append", c -> {
      long seq;
      String prev;
      try (PreparedStatement q = c.prepareStatement("SELECT next_seq, last_hash FROM agent_audit_head WHERE chain = ? FOR UPDATE")) {
        q.setString(1, chain);
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            seq = rs.getLong(1);
            prev = rs.getString(2);
          } else {
            seq = -1;
            prev = null;
          }
        }
      }
      if (seq < 0) {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO agent_audit_head (chain, next_seq, last_hash) VALUES (?, 0, ?)")) {
          ins.setString(1, chain);
          ins.setString(2, AuditChain.GENESIS);
          ins.executeUpdate(); // a concurrent first append: unique violation, retried
        }
        seq = 0;
        prev = AuditChain.GENESIS;
      }
      AuditRecord r = AuditChain.link(seq, clock.instant(), event, prev);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_audit (chain, seq, at, action, subject, outcome,"
          + " arguments_hash, run_id, session_id, user_id, tenant_id, trace_id, previous_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, chain);
        ps.setLong(2, r.seq());
        ps.setString(3, r.at().toString());
        ps.setString(4, event.action());
        ps.setString(5, event.subject());
        ps.setString(6, event.outcome());
        ps.setString(7, event.argumentsHash());
        ps.setString(8, event.runId());
        ps.setString(9, event.sessionId());
        ps.setString(10, event.userId());
        ps.setString(11, event.tenantId());
        ps.setString(12, event.traceId());
        ps.setString(13, r.previousHash());
        ps.setString(14, r.hash());
        ps.executeUpdate();
      }
      try (PreparedStatement up = c.prepareStatement("UPDATE agent_audit_head SET next_seq = ?, last_hash = ? WHERE chain = ?")) {
        up.setLong(1, seq + 1);
        up.setString(2, r.hash());
        up.setString(3, chain);
        up.executeUpdate();
      }
      return r;
    });
  }

  @Override
  public List<AuditRecord> read(long fromSeq, int limit) {
    if (fromSeq < 0 || limit < 0) {
      throw new IllegalArgumentException("fromSeq and limit must be >= 0, were " + fromSeq + " and " + limit);
    }
    return sql.tx("read", c -> {
      List<AuditRecord> out = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT * FROM agent_audit WHERE chain = ? AND seq >= ? ORDER BY seq")) {
        q.setString(1, chain);
        q.setLong(2, fromSeq);
        q.setMaxRows(limit);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next() && out.size() < limit) {
            out.add(record(rs));
          }
        }
      }
      return out;
    });
  }

  private static AuditRecord record(ResultSet rs) throws SQLException {
    AuditEvent e = new AuditEvent(rs.getString("action"), rs.getString("subject"), rs.getString("outcome"),
        rs.getString("arguments_hash"), rs.getString("run_id"), rs.getString("session_id"), rs.getString("user_id"),
        rs.getString("tenant_id"), rs.getString("trace_id"));
    return new AuditRecord(rs.getLong("seq"), Instant.parse(rs.getString("at")), e, rs.getString("previous_hash"),
        rs.getString("hash"));
  }

  @Override
  public AuditVerification verify() {
    return sql.tx("verify", c -> {
      List<AuditRecord> all = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT * FROM agent_audit WHERE chain = ? ORDER BY seq")) {
        q.setString(1, chain);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            all.add(record(rs));
          }
        }
      }
      AuditVerification v = AuditChain.verify(all);
      if (!v.intact()) {
        return v;
      }
      // the head knows how long the chain is: a removed last record is found too
      try (PreparedStatement q = c.prepareStatement("SELECT next_seq, last_hash FROM agent_audit_head WHERE chain = ?")) {
        q.setString(1, chain);
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next() && (rs.getLong(1) != all.size()
              || (!all.isEmpty() && !rs.getString(2).equals(all.get(all.size() - 1).hash())))) {
            return AuditVerification.broken(all.size(), all.size(), "the log ends at record " + all.size()
                + " but its head says " + rs.getLong(1) + " records: the last records were removed");
          }
        }
      }
      return v;
    });
  }
}
