/**
 * Model prices: the catalog and per-token rates.
 */
package dev.agentruntime.cost.pricing;
