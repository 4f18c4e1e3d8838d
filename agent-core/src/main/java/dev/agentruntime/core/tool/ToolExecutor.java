package dev.agentruntime.core.tool;

import dev.agentruntime.core.model.ToolCall;

/** Calls tools through the run's interceptor chain ({@link dev.agentruntime.core.RunContext#tools()}). */
@FunctionalInterface
public interface ToolExecutor {
  /**
   * Executes one call. An unknown or disabled tool, or malformed arguments, give an error
   * {@link ToolResult} the model can read and recover from; a tool that throws makes this throw
   * (after retries), and the built-in loop reports it to the model as an error result.
   *
   * @param call the call
   * @return the result
   * @throws Exception when the tool fails or a limit, guardrail or budget refuses the call
   */
  ToolResult call(ToolCall call) throws Exception;
}
