/**
 * The event stream of a run: the sealed {@link dev.agentruntime.core.event.AgentEvent} hierarchy,
 * listeners, a blocking {@link dev.agentruntime.core.event.EventStream} and an SSE encoder.
 */
@NullMarked
package dev.agentruntime.core.event;

import org.jspecify.annotations.NullMarked;
