/**
 * Model prices: the catalog and per-token rates.
 */
@NullMarked
package dev.agentruntime.cost.pricing;

import org.jspecify.annotations.NullMarked;
