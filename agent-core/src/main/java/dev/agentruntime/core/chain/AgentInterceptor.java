package dev.agentruntime.core.chain;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.tool.ToolResult;

/**
 * One cross-cutting concern around the three kinds of call. Every hook defaults to proceeding
 * unchanged, so an interceptor implements only what it needs. Implementations must be
 * thread-safe: one instance serves every run of a runtime. Keep per-run state in the
 * {@link dev.agentruntime.core.RunContext} ({@code chain.context().attribute(...)}).
 *
 * <p>If an interceptor also implements {@link dev.agentruntime.core.event.AgentEventListener}, the
 * runtime registers it as a listener too.
 */
public interface AgentInterceptor {

  /** @return where this interceptor sits; {@link Stage#CUSTOM} by default */
  default Stage stage() {
    return Stage.CUSTOM;
  }

  /**
   * Around one whole run.
   *
   * @param chain the rest of the chain
   * @return the run's result
   * @throws Exception to fail the run
   */
  default AgentResult aroundRun(RunChain chain) throws Exception {
    return chain.proceed(chain.input());
  }

  /**
   * Around one model call (all its retries and fallbacks happen below {@link Stage#RESILIENCE}).
   *
   * @param chain the rest of the chain
   * @return the response
   * @throws Exception to fail the call
   */
  default ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    return chain.proceed(chain.request());
  }

  /**
   * Around one tool call.
   *
   * @param chain the rest of the chain
   * @return the result
   * @throws Exception to fail the call
   */
  default ToolResult aroundToolCall(ToolChain chain) throws Exception {
    return chain.proceed(chain.call());
  }
}
