package dev.agentruntime.core.internal;

import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.error.LimitExceededException;
import java.util.Objects;

final class RunChainImpl extends ChainLink<String, AgentResult, RunChainImpl> implements RunChain {
  private final DefaultRunContext ctx;
  private final AgentLoop loop;
  private final String input;

  RunChainImpl(
      AgentInterceptor[] interceptors, int index, DefaultRunContext ctx, AgentLoop loop, String input) {
    super(interceptors, index);
    this.ctx = ctx;
    this.loop = loop;
    this.input = input;
  }

  @Override
  public String input() {
    return input;
  }

  @Override
  public RunView context() {
    return ctx.view();
  }

  @Override
  public AgentResult proceed(String next) throws Exception {
    return walk(Objects.requireNonNull(next, "input"));
  }

  @Override
  RunChainImpl next(String next) {
    return new RunChainImpl(interceptors, index + 1, ctx, loop, next);
  }

  @Override
  AgentResult invoke(AgentInterceptor interceptor, RunChainImpl chain) throws Exception {
    return interceptor.aroundRun(chain);
  }

  @Override
  String hookName() {
    return "aroundRun";
  }

  @Override
  AgentResult terminal(String next) throws Exception {
    String output;
    try {
      output = loop.run(next, ctx);
    } catch (LimitExceededException e) {
      if (!e.graceful()) {
        throw e;
      }
      // a custom loop that does not wrap up itself: the best answer is the last text produced
      ctx.beginWrapUp(e.limit());
      output = ctx.lastAssistantText();
    } catch (Exception e) {
      throw ctx.translate(e);
    }
    ctx.throwIfCancelled();
    if (ctx.wrapUpLimit().isEmpty() && ctx.firstLimit().isPresent()) {
      // the loop caught a refusal and carried on (a framework's loop): end the run as documented
      LimitExceededException hit = ctx.firstLimit().get();
      if (!hit.graceful()) {
        throw hit;
      }
      ctx.beginWrapUp(hit.limit());
    }
    return ctx.toResult(
        output, ctx.wrapUpLimit().isPresent() ? StopReason.LIMIT_REACHED : StopReason.COMPLETED);
  }
}
