/**
 * The runtime: {@link dev.agentruntime.core.AgentRuntime} and its builder, the
 * {@link dev.agentruntime.core.AgentLoop} it runs, the {@link dev.agentruntime.core.RunContext} a
 * loop works through, and the {@link dev.agentruntime.core.AgentResult} it returns.
 */
@NullMarked
package dev.agentruntime.core;

import org.jspecify.annotations.NullMarked;
