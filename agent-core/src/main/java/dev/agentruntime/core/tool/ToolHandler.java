package dev.agentruntime.core.tool;

/** The body of a {@link FunctionTool}. */
@FunctionalInterface
public interface ToolHandler {
  /**
   * @param invocation the call
   * @return the result text (wrapped as a successful {@link ToolResult})
   * @throws Exception when the tool fails
   */
  String handle(ToolInvocation invocation) throws Exception;
}
