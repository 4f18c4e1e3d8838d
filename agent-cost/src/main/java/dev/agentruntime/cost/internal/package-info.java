/**
 * The parts the cost tracker is made of (pricing, rate limiting, budget enforcement, the
 * reservation of one call). Not API: use {@link dev.agentruntime.cost.CostTracker}.
 */
package dev.agentruntime.cost.internal;
