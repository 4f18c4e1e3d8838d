package dev.agentruntime.core.internal;

import dev.agentruntime.core.chain.AgentInterceptor;

/**
 * The one chain walk shared by run, model-call and tool-call chains (OkHttp's
 * {@code RealInterceptorChain}): link {@code i} hands the request to interceptor {@code i} with
 * link {@code i + 1} as its chain; the last link calls the terminal (the loop, the model, the
 * tool). A hook returning null fails with an exception naming the interceptor.
 *
 * @param <Q> the request type
 * @param <R> the response type
 * @param <L> the link type (the public chain view)
 */
abstract class ChainLink<Q, R, L extends ChainLink<Q, R, L>> {
  final AgentInterceptor[] interceptors;
  final int index;

  ChainLink(AgentInterceptor[] interceptors, int index) {
    this.interceptors = interceptors;
    this.index = index;
  }

  /** @return the next link, carrying {@code request} */
  abstract L next(Q request);

  /** Calls this kind of hook on one interceptor. */
  abstract R invoke(AgentInterceptor interceptor, L chain) throws Exception;

  /** Calls what the chain is around, once every interceptor has passed the request on. */
  abstract R terminal(Q request) throws Exception;

  /** @return the hook's name for messages */
  abstract String hookName();

  final R walk(Q request) throws Exception {
    if (index >= interceptors.length) {
      return terminal(request);
    }
    AgentInterceptor interceptor = interceptors[index];
    R response = invoke(interceptor, next(request));
    if (response == null) {
      throw new NullPointerException("interceptor " + interceptor.name() + " (" + interceptor.getClass().getName()
          + ") " + hookName() + " returned null");
    }
    return response;
  }
}
