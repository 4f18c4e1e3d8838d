/**
 * The runtime's state stores on JDBC — sessions, checkpoints, idempotency keys and the audit log —
 * for PostgreSQL (production) and H2 (the embedded default), with a HikariCP pool and Flyway
 * migrations. Start at {@link dev.agentruntime.store.jdbc.JdbcStores}.
 */
@NullMarked
package dev.agentruntime.store.jdbc;

import org.jspecify.annotations.NullMarked;
