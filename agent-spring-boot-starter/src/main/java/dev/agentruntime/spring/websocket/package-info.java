/** The interactive WebSocket endpoint of the agent API: streamed runs, approvals and cancellation. */
@NullMarked
package dev.agentruntime.spring.websocket;

import org.jspecify.annotations.NullMarked;
