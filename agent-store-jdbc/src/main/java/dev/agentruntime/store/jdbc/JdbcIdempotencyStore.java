package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.store.jdbc.internal.Codec;
import dev.agentruntime.store.jdbc.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link IdempotencyStore} on JDBC: table {@code agent_idempotency}, one row per key with its
 * expiry (the database's clock plus the TTL, compared with the database's clock: replicas whose own
 * clocks disagree still agree on it); an expired row counts as absent (and is overwritten by the
 * next claim). Outage policy:
 * fail closed — every method throws {@link dev.agentruntime.core.store.StoreException} when the
 * database is unreachable, so a side-effecting tool never runs unguarded. Obtain it from
 * {@link JdbcStores#idempotency()}.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
  private final Sql sql;

  JdbcIdempotencyStore(DataSource ds) {
    this.sql = new Sql(ds, "idempotency store");
  }

  @Override
  public Claim begin(String key, Duration ttl) {
    checkKey(key);
    checkTtl(ttl);
    return sql.tx("claim key '" + key + "'", c -> {
      Instant now = Sql.databaseNow(c);
      try (PreparedStatement ps = c.prepareStatement("SELECT completed, content, is_error, expires_at, content_encoding FROM agent_idempotency"
          + " WHERE idem_key = ? FOR UPDATE")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            if (rs.getTimestamp(4).toInstant().isAfter(now)) {
              return rs.getBoolean(1) ? Claim.completed(new ToolResult(nonNull(Codec.decode(rs.getString(2), rs.getString(5))),
                  rs.getBoolean(3)))
                  : Claim.inProgress();
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE agent_idempotency SET completed = FALSE, content = NULL,"
                + " content_encoding = NULL, is_error = NULL, expires_at = ? WHERE idem_key = ?")) {
              up.setTimestamp(1, Sql.ts(now.plus(ttl)));
              up.setString(2, key);
              up.executeUpdate();
            }
            return Claim.acquired();
          }
        }
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO agent_idempotency (idem_key, completed, expires_at)"
          + " VALUES (?, FALSE, ?)")) {
        ins.setString(1, key);
        ins.setTimestamp(2, Sql.ts(now.plus(ttl)));
        ins.executeUpdate(); // a concurrent claim makes this a unique violation: retried, then seen as in progress
      }
      return Claim.acquired();
    });
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void complete(String key, ToolResult result, Duration ttl) {
    checkKey(key);
    Objects.requireNonNull(result, "result must not be null");
    checkTtl(ttl);
    sql.tx("store the result of key '" + key + "'", c -> {
      Instant expires = Sql.databaseNow(c).plus(ttl);
      try (PreparedStatement up = c.prepareStatement("UPDATE agent_idempotency SET completed = TRUE, content = ?,"
          + " content_encoding = ?, is_error = ?, expires_at = ? WHERE idem_key = ?")) {
        up.setString(1, Codec.encode(result.content()));
        up.setString(2, Codec.encoding(result.content()));
        up.setBoolean(3, result.isError());
        up.setTimestamp(4, Sql.ts(expires));
        up.setString(5, key);
        if (up.executeUpdate() > 0) {
          return null;
        }
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO agent_idempotency (idem_key, completed, content,"
          + " content_encoding, is_error, expires_at) VALUES (?, TRUE, ?, ?, ?, ?)")) {
        ins.setString(1, key);
        ins.setString(2, Codec.encode(result.content()));
        ins.setString(3, Codec.encoding(result.content()));
        ins.setBoolean(4, result.isError());
        ins.setTimestamp(5, Sql.ts(expires));
        ins.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void abandon(String key) {
    checkKey(key);
    sql.tx("release key '" + key + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM agent_idempotency WHERE idem_key = ? AND completed = FALSE")) {
        ps.setString(1, key);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Deletes expired keys (they are already ignored; this only reclaims space). Call it from a
   * scheduled job.
   *
   * @return how many were deleted
   */
  public int purgeExpired() {
    return sql.tx("purge expired keys", c -> {
      Instant now = Sql.databaseNow(c);
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM agent_idempotency WHERE expires_at <= ?")) {
        ps.setTimestamp(1, Sql.ts(now));
        return ps.executeUpdate();
      }
    });
  }

  private static void checkKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key must not be null or empty");
    }
    if (key.length() > 512) {
      throw new IllegalArgumentException("key must be at most 512 characters, was " + key.length());
    }
  }

  private static void checkTtl(Duration ttl) {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
  }
}
