/**
 * Redis (Valkey-compatible) implementations of the runtime's store SPIs, through Lettuce:
 * {@link dev.agentruntime.store.redis.RedisStores} connects (standalone or Redis Cluster) and hands
 * out the {@link dev.agentruntime.cost.store.CostStore cost store}, the
 * {@link dev.agentruntime.core.idempotency.IdempotencyStore idempotency store}, the
 * {@link dev.agentruntime.core.session.SessionStore session store}, the
 * {@link dev.agentruntime.core.checkpoint.CheckpointStore checkpoint store} and the
 * {@link dev.agentruntime.store.redis.KillSwitches kill switches}. Every multi-key step is one Lua
 * script over keys of one hash slot.
 */
@NullMarked
package dev.agentruntime.store.redis;

import org.jspecify.annotations.NullMarked;
