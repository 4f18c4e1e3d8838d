package dev.agentruntime.store.jdbc;

import org.jspecify.annotations.Nullable;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.agentruntime.core.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The JDBC stores over one database: {@link #sessions()}, {@link #checkpoints()},
 * {@link #idempotency()} and {@link #auditLog(String)}.
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.h2(Path.of("data"))) {          // embedded: a file, no set-up
 *   ...
 * }
 * JdbcStores pg = JdbcStores.builder().jdbcUrl("jdbc:postgresql://db:5432/agents")
 *     .username("agent").password(secret).build();                     // production
 * }</pre>
 *
 * <p>{@link Builder#build()} runs the schema migrations (Flyway, history table
 * {@code agent_runtime_schema_history}; tables prefixed {@code agent_}) unless
 * {@code migrate(false)}. The pool is HikariCP; a database that goes away makes calls fail within
 * the connection timeout (default 5 s) with a {@link StoreException}, and recover when it is back.
 */
public final class JdbcStores implements AutoCloseable {
  private final DataSource dataSource;
  private final HikariDataSource owned;
  private final Clock clock;
  private final JdbcSessionStore sessions;
  private final JdbcCheckpointStore checkpoints;
  private final JdbcIdempotencyStore idempotency;

  private JdbcStores(DataSource ds, HikariDataSource owned, Clock clock) {
    this.dataSource = ds;
    this.owned = owned;
    this.clock = clock;
    this.sessions = new JdbcSessionStore(ds, clock);
    this.checkpoints = new JdbcCheckpointStore(ds);
    this.idempotency = new JdbcIdempotencyStore(ds);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The embedded default: an H2 database in a file under {@code directory} (created if needed).
   *
   * @param directory where the database file lives
   * @return the stores, migrated
   */
  public static JdbcStores h2(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return builder().jdbcUrl("jdbc:h2:file:" + directory.toAbsolutePath().resolve("agent-runtime")
        + ";DB_CLOSE_ON_EXIT=FALSE").build();
  }

  /** @return the session store */
  public JdbcSessionStore sessions() {
    return sessions;
  }

  /** @return the checkpoint store */
  public JdbcCheckpointStore checkpoints() {
    return checkpoints;
  }

  /** @return the idempotency store */
  public JdbcIdempotencyStore idempotency() {
    return idempotency;
  }

  /**
   * @param chain the chain's name (one hash chain per name, e.g. per tenant)
   * @return the audit log of that chain
   */
  public JdbcAuditLog auditLog(String chain) {
    JdbcSessionStore.requireId("chain", chain);
    return new JdbcAuditLog(dataSource, chain, clock);
  }

  /** @return the data source the stores use */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool (when the stores created it). */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /** Builder for {@link JdbcStores}. */
  public static final class Builder {
    private String jdbcUrl;
    private String username;
    private String password;
    private DataSource dataSource;
    private int maximumPoolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(5);
    private boolean migrate = true;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param value the JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...})
     * @return this
     */
    public Builder jdbcUrl(String value) {
      this.jdbcUrl = value;
      return this;
    }

    /**
     * @param value the user, or null for none
     * @return this
     */
    public Builder username(@Nullable String value) {
      this.username = value;
      return this;
    }

    /**
     * @param value the password, or null for none
     * @return this
     */
    public Builder password(@Nullable String value) {
      this.password = value;
      return this;
    }

    /**
     * @param value a data source of yours (not closed by {@link #close()}); instead of a URL
     * @return this
     */
    public Builder dataSource(DataSource value) {
      this.dataSource = value;
      return this;
    }

    /**
     * @param value pool size (default 10)
     * @return this
     */
    public Builder maximumPoolSize(int value) {
      this.maximumPoolSize = value;
      return this;
    }

    /**
     * @param value how long a call waits for a connection before failing (default 5 s)
     * @return this
     */
    public Builder connectionTimeout(Duration value) {
      this.connectionTimeout = value;
      return this;
    }

    /**
     * @param value whether {@link #build()} migrates the schema (default true)
     * @return this
     */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * The clock for the times the stores record (a session's creation and last update, a message's
     * append, an audit record). Leases and expiry never use it: they follow the database's clock,
     * so replicas whose clocks disagree still agree on whether a lease or an idempotency claim has
     * run out.
     *
     * @param value clock for recorded timestamps (default: the system's UTC clock)
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @return the stores
     * @throws IllegalArgumentException naming a bad setting
     * @throws StoreException when the database cannot be reached or migrated
     */
    public JdbcStores build() {
      if ((jdbcUrl == null) == (dataSource == null)) {
        throw new IllegalArgumentException("set exactly one of jdbcUrl and dataSource");
      }
      if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
        throw new IllegalArgumentException("jdbcUrl must start with 'jdbc:', was '" + jdbcUrl + "'");
      }
      if (maximumPoolSize < 1) {
        throw new IllegalArgumentException("maximumPoolSize must be >= 1, was " + maximumPoolSize);
      }
      if (connectionTimeout == null || connectionTimeout.toMillis() < 250) {
        throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, was " + connectionTimeout);
      }
      HikariDataSource owned = null;
      DataSource ds = dataSource;
      if (ds == null) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setUsername(username);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(maximumPoolSize);
        cfg.setConnectionTimeout(connectionTimeout.toMillis());
        cfg.setValidationTimeout(Math.min(connectionTimeout.toMillis(), 5_000));
        cfg.setInitializationFailTimeout(connectionTimeout.toMillis());
        cfg.setPoolName("agent-runtime-jdbc");
        try {
          owned = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
          throw new StoreException("cannot connect to " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        ds = owned;
      }
      if (migrate) {
        try {
          migrate(ds);
        } catch (RuntimeException e) {
          if (owned != null) {
            owned.close();
          }
          throw e;
        }
      }
      return new JdbcStores(ds, owned, clock);
    }

    private static String redact(String url) {
      return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void migrate(DataSource ds) {
      String product;
      try (Connection c = ds.getConnection()) {
        product = c.getMetaData().getDatabaseProductName();
      } catch (SQLException e) {
        throw new StoreException("cannot connect to migrate the schema: " + e.getMessage(), e);
      }
      String text = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "TEXT" : "CLOB";
      try {
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/agent-runtime")
            .table("agent_runtime_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .placeholders(Map.of("text", text))
            .load()
            .migrate();
      } catch (FlywayException e) {
        throw new StoreException("migrating the agent-runtime schema failed: " + e.getMessage(), e);
      }
    }
  }
}
