package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.util.Objects;
import java.util.Optional;

final class ToolChainImpl implements ToolChain {
  private final AgentInterceptor[] interceptors;
  private final int index;
  private final DefaultRunContext ctx;
  private final Tool explicitTool;
  private final ToolCall call;

  ToolChainImpl(
      AgentInterceptor[] interceptors, int index, DefaultRunContext ctx, Tool explicitTool, ToolCall call) {
    this.interceptors = interceptors;
    this.index = index;
    this.ctx = ctx;
    this.explicitTool = explicitTool;
    this.call = call;
  }

  @Override
  public ToolCall call() {
    return call;
  }

  @Override
  public RunContext context() {
    return ctx;
  }

  @Override
  public Optional<Tool> tool() {
    return explicitTool != null ? Optional.of(explicitTool) : ctx.core().tools.find(call.name());
  }

  @Override
  public ToolResult proceed(ToolCall next) throws Exception {
    Objects.requireNonNull(next, "call");
    if (index < interceptors.length) {
      return interceptors[index].aroundToolCall(
          new ToolChainImpl(interceptors, index + 1, ctx, explicitTool, next));
    }
    return ToolTransport.execute(ctx, explicitTool, next);
  }
}
