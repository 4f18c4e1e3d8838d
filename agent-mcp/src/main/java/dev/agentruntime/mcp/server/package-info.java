/**
 * A runtime's tools, or a whole agent as one tool, served to MCP clients:
 * {@link dev.agentruntime.mcp.server.McpToolServer} (every client call is a run through the
 * runtime's chain) over stdio or over streamable HTTP ({@link dev.agentruntime.mcp.server.McpHttpServer},
 * a bearer token required by default, see {@link dev.agentruntime.mcp.server.McpHttpOptions}).
 */
@NullMarked
package dev.agentruntime.mcp.server;

import org.jspecify.annotations.NullMarked;
