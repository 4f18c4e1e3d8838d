package dev.agentruntime.store.jdbc;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.session.SessionConflictException;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInfo;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.core.store.json.StoreJson;
import dev.agentruntime.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link SessionStore} on JDBC. Tables {@code agent_session} (one row per session: owner and next
 * sequence number, locked with {@code SELECT ... FOR UPDATE} while appending),
 * {@code agent_session_message} (primary key (session_id, seq): the log) and
 * {@code agent_session_lease} (a lease's expiry is the database's clock plus its TTL, compared with the
 * database's clock, so replicas whose own clocks disagree agree on it). Obtain it from
 * {@link JdbcStores#sessions()}.
 */
public final class JdbcSessionStore implements SessionStore {
  private final Sql sql;
  private final Clock clock;

  JdbcSessionStore(DataSource ds, Clock clock) {
    this.sql = new Sql(ds, "session store");
    this.clock = clock;
  }

  @Override
  public long append(String sessionId, SessionOwner owner, long expectedNextSeq,
      List<? extends ChatMessage> messages, String runId) {
    requireId("sessionId", sessionId);
    Objects.requireNonNull(owner, "owner must not be null (use SessionOwner.none())");
    requireId("runId", runId);
    if (expectedNextSeq < 0) {
      throw new IllegalArgumentException("expectedNextSeq must be >= 0, was " + expectedNextSeq);
    }
    Objects.requireNonNull(messages, "messages must not be null");
    List<String> bodies = new ArrayList<>(messages.size());
    for (ChatMessage m : messages) {
      bodies.add(StoreJson.message(Objects.requireNonNull(m, "messages must not contain null")));
    }
    Instant now = clock.instant();
    return sql.tx("append to session '" + sessionId + "'", c -> {
      long next;
      try (PreparedStatement ps = c.prepareStatement("SELECT next_seq FROM agent_session WHERE session_id = ? FOR UPDATE")) {
        ps.setString(1, sessionId);
        try (ResultSet rs = ps.executeQuery()) {
          next = rs.next() ? rs.getLong(1) : -1;
        }
      }
      if (next < 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_session (session_id, tenant_id, user_id, next_seq,"
            + " created_at, updated_at, forked_from) VALUES (?, ?, ?, 0, ?, ?, NULL)")) {
          ps.setString(1, sessionId);
          ps.setString(2, owner.tenantId());
          ps.setString(3, owner.userId());
          ps.setTimestamp(4, Sql.ts(now));
          ps.setTimestamp(5, Sql.ts(now));
          ps.executeUpdate(); // a concurrent creator makes this a unique violation: the transaction is retried
        }
        next = 0;
      }
      if (next != expectedNextSeq) {
        if (isRetry(c, sessionId, expectedNextSeq, bodies, runId)) {
          return expectedNextSeq + bodies.size();
        }
        throw new SessionConflictException(sessionId, expectedNextSeq, next);
      }
      if (!bodies.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_session_message (session_id, seq, run_id, role,"
            + " body, appended_at) VALUES (?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < bodies.size(); i++) {
            ps.setString(1, sessionId);
            ps.setLong(2, next + i);
            ps.setString(3, runId);
            ps.setString(4, messages.get(i).role());
            ps.setString(5, bodies.get(i));
            ps.setTimestamp(6, Sql.ts(now));
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE agent_session SET next_seq = ?, updated_at = ? WHERE session_id = ?")) {
        ps.setLong(1, next + bodies.size());
        ps.setTimestamp(2, Sql.ts(now));
        ps.setString(3, sessionId);
        ps.executeUpdate();
      }
      return next + bodies.size();
    });
  }

  private static boolean isRetry(Connection c, String sessionId, long from, List<String> bodies, String runId)
      throws SQLException {
    if (bodies.isEmpty()) {
      return false;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, run_id, body FROM agent_session_message"
        + " WHERE session_id = ? AND seq >= ? AND seq < ? ORDER BY seq")) {
      ps.setString(1, sessionId);
      ps.setLong(2, from);
      ps.setLong(3, from + bodies.size());
      int i = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!rs.getString(2).equals(runId) || !StoreJson.message(rs.getString(3)).equals(StoreJson.message(bodies.get(i)))) {
            return false;
          }
          i++;
        }
      }
      return i == bodies.size();
    }
  }

  @Override
  public List<SessionEntry> read(String sessionId, long fromSeq) {
    requireId("sessionId", sessionId);
    if (fromSeq < 0) {
      throw new IllegalArgumentException("fromSeq must be >= 0, was " + fromSeq);
    }
    return sql.tx("read session '" + sessionId + "'", c -> {
      List<SessionEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, run_id, body, appended_at FROM agent_session_message"
          + " WHERE session_id = ? AND seq >= ? ORDER BY seq")) {
        ps.setString(1, sessionId);
        ps.setLong(2, fromSeq);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SessionEntry(rs.getLong(1), StoreJson.message(rs.getString(3)), rs.getString(2),
                rs.getTimestamp(4).toInstant()));
          }
        }
      }
      return out;
    });
  }

  private static SessionInfo info(ResultSet rs) throws SQLException {
    return new SessionInfo(rs.getString("session_id"), rs.getString("tenant_id"), rs.getString("user_id"),
        rs.getLong("next_seq"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
        rs.getString("forked_from"));
  }

  @Override
  public Optional<SessionInfo> info(String sessionId) {
    requireId("sessionId", sessionId);
    return sql.tx("read session '" + sessionId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM agent_session WHERE session_id = ?")) {
        ps.setString(1, sessionId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(info(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<SessionInfo> list(@Nullable String tenantId, @Nullable String userId) {
    return sql.tx("list sessions", c -> {
      List<SessionInfo> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM agent_session WHERE (? IS NULL OR tenant_id = ?)"
          + " AND (? IS NULL OR user_id = ?) ORDER BY updated_at DESC, session_id")) {
        ps.setString(1, tenantId);
        ps.setString(2, tenantId);
        ps.setString(3, userId);
        ps.setString(4, userId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(info(rs));
          }
        }
      }
      return out;
    });
  }

  @Override
  public SessionInfo fork(String sourceSessionId, long uptoSeq, String newSessionId) {
    requireId("sourceSessionId", sourceSessionId);
    requireId("newSessionId", newSessionId);
    Instant now = clock.instant();
    return sql.tx("fork session '" + sourceSessionId + "'", c -> {
      SessionInfo src;
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM agent_session WHERE session_id = ? FOR UPDATE")) {
        ps.setString(1, sourceSessionId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("sourceSessionId '" + sourceSessionId + "' does not exist");
          }
          src = info(rs);
        }
      }
      if (uptoSeq < 0 || uptoSeq > src.messageCount()) {
        throw new IllegalArgumentException("uptoSeq must be between 0 and " + src.messageCount()
            + " (the message count of '" + sourceSessionId + "'), was " + uptoSeq);
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM agent_session WHERE session_id = ?")) {
        ps.setString(1, newSessionId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new IllegalArgumentException("newSessionId '" + newSessionId + "' already exists");
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_session (session_id, tenant_id, user_id, next_seq,"
          + " created_at, updated_at, forked_from) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, newSessionId);
        ps.setString(2, src.tenantId());
        ps.setString(3, src.userId());
        ps.setLong(4, uptoSeq);
        ps.setTimestamp(5, Sql.ts(now));
        ps.setTimestamp(6, Sql.ts(now));
        ps.setString(7, sourceSessionId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_session_message (session_id, seq, run_id, role, body,"
          + " appended_at) SELECT ?, seq, run_id, role, body, appended_at FROM agent_session_message"
          + " WHERE session_id = ? AND seq < ?")) {
        ps.setString(1, newSessionId);
        ps.setString(2, sourceSessionId);
        ps.setLong(3, uptoSeq);
        ps.executeUpdate();
      }
      return new SessionInfo(newSessionId, src.tenantId(), src.userId(), uptoSeq, now, now, sourceSessionId);
    });
  }

  @Override
  public boolean delete(String sessionId) {
    requireId("sessionId", sessionId);
    return sql.tx("delete session '" + sessionId + "'", c -> deleteSession(c, sessionId));
  }

  private static boolean deleteSession(Connection c, String sessionId) throws SQLException {
    // the session's row lock first, as append takes it: an append in progress commits before its
    // messages are deleted (deleting them first would not see its uncommitted rows, and leave them)
    try (PreparedStatement lock = c.prepareStatement("SELECT session_id FROM agent_session WHERE session_id = ? FOR UPDATE")) {
      lock.setString(1, sessionId);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next(); // none: the messages and lease are deleted all the same (left by an older version)
      }
    }
    try (PreparedStatement m = c.prepareStatement("DELETE FROM agent_session_message WHERE session_id = ?");
        PreparedStatement l = c.prepareStatement("DELETE FROM agent_session_lease WHERE session_id = ?");
        PreparedStatement s = c.prepareStatement("DELETE FROM agent_session WHERE session_id = ?")) {
      m.setString(1, sessionId);
      m.executeUpdate();
      l.setString(1, sessionId);
      l.executeUpdate();
      s.setString(1, sessionId);
      return s.executeUpdate() > 0;
    }
  }

  @Override
  public int deleteUser(@Nullable String tenantId, String userId) {
    requireId("userId", userId);
    return sql.tx("erase the sessions of a user", c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT session_id FROM agent_session WHERE user_id = ?"
          + " AND (? IS NULL OR tenant_id = ?) FOR UPDATE")) {
        ps.setString(1, userId);
        ps.setString(2, tenantId);
        ps.setString(3, tenantId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      int n = 0;
      for (String id : ids) {
        if (deleteSession(c, id)) {
          n++;
        }
      }
      return n;
    });
  }

  @Override
  public boolean tryLease(String sessionId, String holder, Duration ttl) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    return sql.tx("lease session '" + sessionId + "'", c -> {
      Instant now = Sql.databaseNow(c);
      try (PreparedStatement ps = c.prepareStatement("SELECT holder, expires_at FROM agent_session_lease"
          + " WHERE session_id = ? FOR UPDATE")) {
        ps.setString(1, sessionId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            boolean free = rs.getString(1).equals(holder) || !rs.getTimestamp(2).toInstant().isAfter(now);
            if (!free) {
              return false;
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE agent_session_lease SET holder = ?, expires_at = ?"
                + " WHERE session_id = ?")) {
              up.setString(1, holder);
              up.setTimestamp(2, Sql.ts(now.plus(ttl)));
              up.setString(3, sessionId);
              up.executeUpdate();
            }
            return true;
          }
        }
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO agent_session_lease (session_id, holder, expires_at)"
          + " VALUES (?, ?, ?)")) {
        ins.setString(1, sessionId);
        ins.setString(2, holder);
        ins.setTimestamp(3, Sql.ts(now.plus(ttl)));
        ins.executeUpdate(); // lost race: unique violation, the transaction is retried and sees the row
      }
      return true;
    });
  }

  @Override
  public void releaseLease(String sessionId, String holder) {
    requireId("sessionId", sessionId);
    requireId("holder", holder);
    sql.tx("release the lease of session '" + sessionId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM agent_session_lease WHERE session_id = ? AND holder = ?")) {
        ps.setString(1, sessionId);
        ps.setString(2, holder);
        return ps.executeUpdate();
      }
    });
  }

  static void requireId(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }
}
