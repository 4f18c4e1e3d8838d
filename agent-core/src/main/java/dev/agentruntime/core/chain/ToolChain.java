package dev.agentruntime.core.chain;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.util.Optional;

/** The rest of the chain around a tool call, as one interceptor sees it. */
public interface ToolChain {
  /** @return the call as it reached this interceptor */
  ToolCall call();

  /** @return the run this call belongs to */
  RunView context();

  /** @return the tool addressed, if one of that name is registered (enabled or not) */
  Optional<Tool> tool();

  /**
   * Passes the call on to the next interceptor (and finally the tool).
   *
   * @param call the call to pass on (possibly with rewritten arguments)
   * @return the result
   * @throws Exception when the tool fails
   */
  ToolResult proceed(ToolCall call) throws Exception;
}
