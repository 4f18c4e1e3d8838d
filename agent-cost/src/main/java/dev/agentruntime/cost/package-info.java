/**
 * Cost tracking: the {@link dev.agentruntime.cost.CostTracker} interceptor, token estimation, listeners.
 */
@NullMarked
package dev.agentruntime.cost;

import org.jspecify.annotations.NullMarked;
