/**
 * Usage plans: allowed models and requests/tokens per minute per entity.
 */
package dev.agentruntime.cost.plan;
