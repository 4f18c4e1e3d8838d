/** Benchmarks of the state stores (sessions, checkpoints): JDBC on PostgreSQL and H2 against in-memory. */
package dev.agentruntime.benchmarks.state;
