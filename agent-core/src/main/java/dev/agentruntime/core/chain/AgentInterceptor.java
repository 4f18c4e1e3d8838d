package dev.agentruntime.core.chain;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.tool.ToolResult;
import java.util.List;
import java.util.Objects;

/**
 * One cross-cutting concern around the three kinds of call. Every hook defaults to proceeding
 * unchanged, so an interceptor implements only what it needs (the runtime skips an interceptor
 * for a kind of call whose hook it does not override). Implementations must be thread-safe: one
 * instance serves every run of a runtime. Keep per-run state in the run
 * ({@code chain.context().attribute(...)}).
 *
 * <p>Where it runs is its {@link #placement()} — by default {@code Placement.in(stage())} — or
 * the placement given to {@code AgentRuntime.builder().interceptor(placement, interceptor)}.
 * A hook that returns null fails the call with an exception naming the interceptor.
 *
 * <p>One hook from a lambda:
 *
 * <pre>{@code
 * AgentInterceptor audit = AgentInterceptor.ofToolCall("audit", chain -> {
 *   log.info("run {} calls {}", chain.context().runId(), chain.call().name());
 *   return chain.proceed(chain.call());
 * });
 * }</pre>
 *
 * <p>If an interceptor also implements {@link dev.agentruntime.core.event.AgentEventListener}, the
 * runtime registers it as a listener too.
 */
public interface AgentInterceptor {

  /** @return the stage this interceptor belongs to; {@link Stage#CUSTOM} by default */
  default Stage stage() {
    return Stage.CUSTOM;
  }

  /**
   * @return where this interceptor sits when registered without an explicit placement;
   *     {@code Placement.in(stage())} by default
   */
  default Placement placement() {
    return Placement.in(stage());
  }

  /**
   * Interceptors that belong with this one, each at its own {@link #placement()} — typically a
   * per-attempt partner at {@code Placement.after(Stage.RESILIENCE)} of an interceptor that works
   * once per call. Registering this interceptor registers them too (and theirs); one that is
   * registered explicitly as well still runs once. None by default.
   *
   * @return the companions, never null
   */
  default List<AgentInterceptor> companions() {
    return List.of();
  }

  /** @return a name for messages (the class's simple name by default) */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
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
   * Around one model call. Above {@link Stage#RESILIENCE} once per call (all retries and
   * fallbacks happen below); below it ({@code Placement.after(Stage.RESILIENCE)}) once per attempt.
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

  /** The run hook as a lambda. */
  @FunctionalInterface
  interface RunHook {
    /**
     * @param chain the rest of the chain
     * @return the result
     * @throws Exception to fail the run
     */
    AgentResult aroundRun(RunChain chain) throws Exception;
  }

  /** The model-call hook as a lambda. */
  @FunctionalInterface
  interface ModelCallHook {
    /**
     * @param chain the rest of the chain
     * @return the response
     * @throws Exception to fail the call
     */
    ModelResponse aroundModelCall(ModelChain chain) throws Exception;
  }

  /** The tool-call hook as a lambda. */
  @FunctionalInterface
  interface ToolCallHook {
    /**
     * @param chain the rest of the chain
     * @return the result
     * @throws Exception to fail the call
     */
    ToolResult aroundToolCall(ToolChain chain) throws Exception;
  }

  /**
   * @param name the interceptor's name (for messages)
   * @param hook what to do around each run
   * @return an interceptor with only that hook, at {@link Stage#CUSTOM}
   */
  static AgentInterceptor ofRun(String name, RunHook hook) {
    Objects.requireNonNull(hook, "hook");
    return new Lambdas.Named(name) {
      @Override
      public AgentResult aroundRun(RunChain chain) throws Exception {
        return hook.aroundRun(chain);
      }
    };
  }

  /**
   * @param name the interceptor's name (for messages)
   * @param hook what to do around each model call
   * @return an interceptor with only that hook, at {@link Stage#CUSTOM}
   */
  static AgentInterceptor ofModelCall(String name, ModelCallHook hook) {
    Objects.requireNonNull(hook, "hook");
    return new Lambdas.Named(name) {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        return hook.aroundModelCall(chain);
      }
    };
  }

  /**
   * @param name the interceptor's name (for messages)
   * @param hook what to do around each tool call
   * @return an interceptor with only that hook, at {@link Stage#CUSTOM}
   */
  static AgentInterceptor ofToolCall(String name, ToolCallHook hook) {
    Objects.requireNonNull(hook, "hook");
    return new Lambdas.Named(name) {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        return hook.aroundToolCall(chain);
      }
    };
  }
}
