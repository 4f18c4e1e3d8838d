/**
 * Usage plans: allowed models and requests/tokens per minute per entity.
 */
@NullMarked
package dev.agentruntime.cost.plan;

import org.jspecify.annotations.NullMarked;
