/**
 * MCP servers as tool sources: {@link dev.agentruntime.mcp.client.McpServerConfig} says how to reach
 * a server (stdio or streamable HTTP) and which secrets it gets from the configuration or the
 * environment; {@link dev.agentruntime.mcp.client.McpToolSource} connects, turns each server tool
 * into a namespaced runtime tool ({@link dev.agentruntime.mcp.client.McpTool}) and keeps a
 * registry in sync with the server's announced changes;
 * {@link dev.agentruntime.mcp.client.McpErrorClassifier} classifies failures for retry and the
 * per-server circuit breaker.
 */
@NullMarked
package dev.agentruntime.mcp.client;

import org.jspecify.annotations.NullMarked;
