/**
 * At-most-once execution of side-effecting tools: the
 * {@link dev.agentruntime.core.idempotency.IdempotencyStore} SPI and its in-memory default.
 */
@NullMarked
package dev.agentruntime.core.idempotency;

import org.jspecify.annotations.NullMarked;
