/**
 * A throw-away PostgreSQL server for tests and benchmarks (initdb + pg_ctl on a free port in a
 * temp dir), as a JUnit 5 extension.
 */
@NullMarked
package dev.agentruntime.testing.postgres;

import org.jspecify.annotations.NullMarked;
