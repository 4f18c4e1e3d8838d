/**
 * The interceptor chain: one {@link dev.agentruntime.core.chain.AgentInterceptor} interface with
 * three hooks (run, model call, tool call), ordered canonically by
 * {@link dev.agentruntime.core.chain.Stage}. Modelled on OkHttp's {@code Interceptor.Chain}.
 */
@NullMarked
package dev.agentruntime.core.chain;

import org.jspecify.annotations.NullMarked;
