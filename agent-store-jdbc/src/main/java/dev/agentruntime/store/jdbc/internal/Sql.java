package dev.agentruntime.store.jdbc.internal;

import dev.agentruntime.core.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Transactions and error translation shared by the JDBC stores. */
public final class Sql {
  private final DataSource dataSource;
  private final String store;

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * @param c the connection (autocommit off)
     * @return the result
     * @throws SQLException on database errors
     */
    T run(Connection c) throws SQLException;
  }

  /** Thrown by work that wants its transaction rolled back and retried (a lost insert race). */
  public static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the signal. */
    public Retry() {
      super(null, null, false, false);
    }
  }

  /**
   * @param dataSource the pool
   * @param store the store's name, for messages
   */
  public Sql(DataSource dataSource, String store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  /**
   * Runs work in a transaction; a unique-key race (or {@link Retry}) rolls back and runs it again.
   *
   * @param what what is being done, for the error message
   * @param work the work
   * @param <T> result type
   * @return the result
   * @throws StoreException when the database fails
   */
  public <T> T tx(String what, Work<T> work) {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T r = work.run(c);
          c.commit();
          return r;
        } catch (SQLException | RuntimeException e) {
          rollback(c);
          if ((e instanceof Retry || (e instanceof SQLException se && isUniqueViolation(se))) && attempt < 20) {
            continue;
          }
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(store + ": " + what + " failed: " + e.getMessage(), e);
      }
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it
    }
  }

  /**
   * @param e an error
   * @return whether it is a unique/primary key violation (SQLState 23505 on PostgreSQL and H2)
   */
  public static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * The database's clock ({@code CURRENT_TIMESTAMP}; on PostgreSQL the transaction's start). Leases
   * and expiry are decided by it, never by the replica's own clock: replicas whose clocks disagree
   * (no NTP, a VM resumed from a snapshot) still agree on whether a lease or a claim has run out.
   *
   * @param c the transaction's connection
   * @return the database's current time
   * @throws SQLException on database errors
   */
  public static Instant databaseNow(Connection c) throws SQLException {
    try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT CURRENT_TIMESTAMP")) {
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }

  /**
   * @param at an instant
   * @return a timestamp for it
   */
  public static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
