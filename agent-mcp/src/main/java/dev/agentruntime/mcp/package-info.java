/**
 * Model Context Protocol both ways, on the official MCP Java SDK: {@link dev.agentruntime.mcp.client}
 * turns the tools of MCP servers (stdio or streamable HTTP) into runtime tools that pass through the
 * runtime's chain like any other; {@link dev.agentruntime.mcp.server} serves a runtime's tools, or a
 * whole agent as one tool, to MCP clients.
 */
package dev.agentruntime.mcp;
