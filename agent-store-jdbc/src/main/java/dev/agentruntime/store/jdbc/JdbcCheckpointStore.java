package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.checkpoint.RunCheckpoint;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.checkpoint.RunStatus;
import dev.agentruntime.core.store.json.StoreJson;
import dev.agentruntime.store.jdbc.internal.Codec;
import dev.agentruntime.store.jdbc.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link CheckpointStore} on JDBC: {@code agent_run} (header and status) and
 * {@code agent_run_journal} (primary key (run_id, seq); entries as JSON). Obtain it from
 * {@link JdbcStores#checkpoints()}.
 */
public final class JdbcCheckpointStore implements CheckpointStore {
  private final Sql sql;

  JdbcCheckpointStore(DataSource ds) {
    this.sql = new Sql(ds, "checkpoint store");
  }

  @Override
  public void begin(RunHeader h) {
    Objects.requireNonNull(h, "header");
    sql.tx("record the start of run '" + h.runId() + "'", c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM agent_run WHERE run_id = ?")) {
        q.setString(1, h.runId());
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            return null;
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_run (run_id, input, agent_name, session_id, user_id,"
          + " tenant_id, tags, started_at, status, input_encoding, history, limits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)")) {
        ps.setString(1, h.runId());
        ps.setString(2, Codec.encode(h.input()));
        ps.setString(10, Codec.encoding(h.input()));
        ps.setString(11, h.history().isEmpty() ? null : StoreJson.history(h.history()));
        ps.setString(12, h.limits() == null ? null : StoreJson.limits(h.limits()));
        ps.setString(3, h.agentName());
        ps.setString(4, h.sessionId());
        ps.setString(5, h.userId());
        ps.setString(6, h.tenantId());
        ps.setString(7, Codec.tags(h.tags()));
        ps.setTimestamp(8, Sql.ts(h.startedAt()));
        ps.setString(9, RunStatus.RUNNING.name());
        ps.executeUpdate(); // a concurrent begin: unique violation, retried, then seen as present
      }
      return null;
    });
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    JdbcSessionStore.requireId("runId", runId);
    Objects.requireNonNull(entry, "entry");
    String body = StoreJson.journalEntryBody(entry);
    sql.tx("checkpoint run '" + runId + "'", c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM agent_run WHERE run_id = ? FOR UPDATE")) {
        q.setString(1, runId);
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("run '" + runId + "' has no checkpoint: call begin first");
          }
        }
      }
      long size;
      try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM agent_run_journal WHERE run_id = ?")) {
        q.setString(1, runId);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          size = rs.getLong(1);
        }
      }
      if (entry.seq() < size) {
        try (PreparedStatement q = c.prepareStatement("SELECT kind, call_key, body FROM agent_run_journal"
            + " WHERE run_id = ? AND seq = ?")) {
          q.setString(1, runId);
          q.setLong(2, entry.seq());
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            if (StoreJson.journalEntry(entry.seq(), JournalEntry.Kind.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3)).equals(entry)) {
              return null; // a retried append
            }
          }
        }
        throw new IllegalStateException("run '" + runId + "' already has journal entry " + entry.seq());
      }
      if (entry.seq() != size) {
        throw new IllegalStateException("run '" + runId + "' journal has " + size + " entries; cannot append seq "
            + entry.seq());
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_run_journal (run_id, seq, kind, call_key, body)"
          + " VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, runId);
        ps.setLong(2, entry.seq());
        ps.setString(3, entry.kind().name());
        ps.setString(4, entry.callKey());
        ps.setString(5, body);
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<RunCheckpoint> load(String runId) {
    JdbcSessionStore.requireId("runId", runId);
    return sql.tx("load run '" + runId + "'", c -> {
      RunHeader h;
      RunStatus status;
      try (PreparedStatement q = c.prepareStatement("SELECT * FROM agent_run WHERE run_id = ?")) {
        q.setString(1, runId);
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          h = new RunHeader(runId, Codec.decode(rs.getString("input"), rs.getString("input_encoding")), rs.getString("agent_name"), rs.getString("session_id"),
              rs.getString("user_id"), rs.getString("tenant_id"), Codec.tags(rs.getString("tags")),
              rs.getTimestamp("started_at").toInstant(), StoreJson.history(rs.getString("history")),
              StoreJson.limits(rs.getString("limits")));
          status = RunStatus.valueOf(rs.getString("status"));
        }
      }
      List<JournalEntry> entries = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT seq, kind, call_key, body FROM agent_run_journal"
          + " WHERE run_id = ? ORDER BY seq")) {
        q.setString(1, runId);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            entries.add(StoreJson.journalEntry(rs.getLong(1), JournalEntry.Kind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4)));
          }
        }
      }
      return Optional.of(new RunCheckpoint(h, entries, status));
    });
  }

  @Override
  public void finish(String runId, RunStatus status) {
    JdbcSessionStore.requireId("runId", runId);
    Objects.requireNonNull(status, "status");
    sql.tx("finish run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE agent_run SET status = ? WHERE run_id = ?")) {
        ps.setString(1, status.name());
        ps.setString(2, runId);
        if (ps.executeUpdate() == 0) {
          throw new IllegalStateException("run '" + runId + "' has no checkpoint");
        }
      }
      return null;
    });
  }

  @Override
  public List<String> unfinished() {
    return sql.tx("list unfinished runs", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT run_id FROM agent_run WHERE status <> 'COMPLETED'"
          + " ORDER BY started_at, run_id")) {
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  @Override
  public boolean delete(String runId) {
    JdbcSessionStore.requireId("runId", runId);
    return sql.tx("delete run '" + runId + "'", c -> {
      try (PreparedStatement j = c.prepareStatement("DELETE FROM agent_run_journal WHERE run_id = ?");
          PreparedStatement r = c.prepareStatement("DELETE FROM agent_run WHERE run_id = ?")) {
        j.setString(1, runId);
        j.executeUpdate();
        r.setString(1, runId);
        return r.executeUpdate() > 0;
      }
    });
  }
}
