package dev.agentruntime.core.tool;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.ToolCall;
import java.util.Objects;

/**
 * One call of a tool, as the tool sees it.
 *
 * @param call the call as the model made it
 * @param arguments the parsed arguments
 * @param context the run this call belongs to
 */
public record ToolInvocation(ToolCall call, ToolArguments arguments, RunContext context) {
  /**
   * Validates.
   *
   * @param call the call as the model made it
   * @param arguments the parsed arguments
   * @param context the run this call belongs to
   */
  public ToolInvocation {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(context, "context");
  }
}
