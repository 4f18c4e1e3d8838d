package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.util.Objects;
import java.util.Optional;

final class ToolChainImpl extends ChainLink<ToolCall, ToolResult, ToolChainImpl> implements ToolChain {
  private final DefaultRunContext ctx;
  private final Tool explicitTool;
  private final ToolCall call;

  ToolChainImpl(
      AgentInterceptor[] interceptors, int index, DefaultRunContext ctx, Tool explicitTool, ToolCall call) {
    super(interceptors, index);
    this.ctx = ctx;
    this.explicitTool = explicitTool;
    this.call = call;
  }

  @Override
  public ToolCall call() {
    return call;
  }

  @Override
  public RunView context() {
    return ctx.view();
  }

  @Override
  public Optional<Tool> tool() {
    return explicitTool != null ? Optional.of(explicitTool) : ctx.core().tools.find(call.name());
  }

  @Override
  public ToolResult proceed(ToolCall next) throws Exception {
    return walk(Objects.requireNonNull(next, "call"));
  }

  @Override
  ToolChainImpl next(ToolCall next) {
    return new ToolChainImpl(interceptors, index + 1, ctx, explicitTool, next);
  }

  @Override
  ToolResult invoke(AgentInterceptor interceptor, ToolChainImpl chain) throws Exception {
    return interceptor.aroundToolCall(chain);
  }

  @Override
  String hookName() {
    return "aroundToolCall";
  }

  @Override
  ToolResult terminal(ToolCall next) throws Exception {
    return ToolTransport.execute(ctx, explicitTool, next);
  }
}
