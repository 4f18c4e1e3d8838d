/**
 * Cost tracking: the {@link dev.agentruntime.cost.CostTracker} interceptor, token estimation, listeners.
 */
package dev.agentruntime.cost;
