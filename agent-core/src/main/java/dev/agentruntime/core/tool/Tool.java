package dev.agentruntime.core.tool;

import dev.agentruntime.core.model.ToolSpec;

/**
 * A tool the model may call. Implementations must be thread-safe: calls from concurrent runs, and
 * parallel calls within one run, may execute at the same time.
 *
 * <p>Throwing from {@link #execute} is fine: the runtime classifies the exception, may retry it
 * (transient failures only), and otherwise reports it to the model as a tool error so the agent
 * can recover. Return {@link ToolResult#error(String)} for failures the model should see without
 * any retry.
 */
public interface Tool {

  /** @return what the model is told about this tool */
  ToolSpec spec();

  /**
   * Executes one call.
   *
   * @param invocation the parsed arguments, the raw call and the run context
   * @return the result
   * @throws Exception when the tool fails
   */
  ToolResult execute(ToolInvocation invocation) throws Exception;

  /**
   * Side-effecting tools (create a ticket, send an e-mail, charge a card) run at most once per
   * idempotency key: a retry of the same call returns the stored result instead of running again.
   *
   * @return whether this tool changes the world; false by default
   */
  default boolean sideEffecting() {
    return false;
  }

  /**
   * The circuit breaker this tool's failures count against. One breaker per tool by default;
   * tools backed by one remote server (the tools of one MCP server, say) return the same name, so
   * a dead server opens one circuit for all of its tools and leaves other tools alone.
   *
   * @return the circuit name; {@code tool:<name>} by default
   */
  default String circuitName() {
    return "tool:" + name();
  }

  /** @return the tool's name, from its spec */
  default String name() {
    return spec().name();
  }

  /**
   * Starts a builder for a tool made from a lambda.
   *
   * @param name the tool name
   * @return the builder
   */
  static FunctionTool.Builder builder(String name) {
    return FunctionTool.builder(name);
  }
}
