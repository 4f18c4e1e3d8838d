/** The interactive WebSocket endpoint of the agent API: streamed runs, approvals and cancellation. */
package dev.agentruntime.spring.websocket;
