/**
 * The store SPI budgets and rate limits live in, its key scheme, its outage policy, and the in-memory default.
 */
@NullMarked
package dev.agentruntime.cost.store;

import org.jspecify.annotations.NullMarked;
