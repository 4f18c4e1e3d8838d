package dev.agentruntime.mcp.client;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * One tool of an MCP server as a runtime {@link Tool}. Its name is namespaced by the server
 * ({@code server__tool}), its parameters are the server's JSON Schema as the server sent it, and
 * its failures count against the server's circuit ({@code mcp:server}). Register it like any
 * tool (or let {@link McpToolSource#bindTo} do it): calls then pass through the runtime's chain —
 * telemetry, limits, guardrails (tool policy on the arguments, injection checks on the result),
 * cost and resilience — before they reach the server.
 */
public final class McpTool implements Tool {
  private final McpToolSource source;
  private final McpSchema.Tool mcpTool;
  private final ToolSpec spec;
  private final boolean sideEffecting;

  McpTool(McpToolSource source, McpSchema.Tool mcpTool, String runtimeName, String schemaJson) {
    this.source = source;
    this.mcpTool = mcpTool;
    String description = mcpTool.description() != null ? mcpTool.description()
        : mcpTool.title() != null ? mcpTool.title() : "";
    this.spec = new ToolSpec(runtimeName, description, schemaJson);
    this.sideEffecting = sideEffecting(mcpTool.annotations());
  }

  /**
   * MCP's hints default to "may change the world" (readOnlyHint false, destructiveHint true); a
   * tool is treated as side-effecting unless the server says it is read-only or idempotent.
   */
  private static boolean sideEffecting(McpSchema.ToolAnnotations a) {
    if (a == null) {
      return true;
    }
    return !Boolean.TRUE.equals(a.readOnlyHint()) && !Boolean.TRUE.equals(a.idempotentHint());
  }

  @Override
  public ToolSpec spec() {
    return spec;
  }

  @Override
  public ToolResult execute(ToolInvocation invocation) throws Exception {
    return source.call(this, invocation);
  }

  @Override
  public boolean sideEffecting() {
    return sideEffecting;
  }

  /** @return {@code mcp:<server>}: one breaker for all of a server's tools */
  @Override
  public String circuitName() {
    return source.config().circuitName();
  }

  /** @return the server this tool comes from */
  public String serverName() {
    return source.config().name();
  }

  /** @return the tool's name as the server knows it */
  public String mcpName() {
    return mcpTool.name();
  }

  /** @return the tool exactly as the server listed it (schema, annotations, meta) */
  public McpSchema.Tool mcpDefinition() {
    return mcpTool;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof McpTool t && t.source == source && t.mcpTool.equals(mcpTool)
        && t.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(source), mcpTool, spec);
  }

  @Override
  public String toString() {
    return "McpTool[" + spec.name() + " = " + source.config().name() + "/" + mcpTool.name() + "]";
  }
}
