/**
 * Abstract contract test suites for the runtime's store SPIs. An implementation (in-memory, JDBC,
 * Redis, or your own) proves itself by extending the suite for its SPI and supplying a fresh store.
 */
@NullMarked
package dev.agentruntime.testing.contract;

import org.jspecify.annotations.NullMarked;
