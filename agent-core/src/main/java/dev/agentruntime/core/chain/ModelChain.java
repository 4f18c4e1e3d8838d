package dev.agentruntime.core.chain;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;

/** The rest of the chain around a model call, as one interceptor sees it. */
public interface ModelChain {
  /** @return the request as it reached this interceptor */
  ModelRequest request();

  /** @return the run this call belongs to */
  RunView context();

  /** @return the model client the call is addressed to */
  ModelClient client();

  /** @return what the addressed client says about itself */
  default ModelInfo model() {
    return client().info();
  }

  /** @return the model name the request will use: the request's, else the client's default */
  default String requestModel() {
    String m = request().model();
    return m != null ? m : model().model();
  }

  /**
   * Passes the call on to the next interceptor (and finally the model). May be called more than
   * once (re-asks, retries).
   *
   * @param request the request to pass on
   * @return the response
   * @throws Exception when the call fails
   */
  ModelResponse proceed(ModelRequest request) throws Exception;

  /**
   * Passes the call on to the next interceptor, addressed to another client (used for fallback
   * models): interceptors after this one still apply.
   *
   * @param target the client to call instead
   * @param request the request to pass on
   * @return the response
   * @throws Exception when the call fails
   */
  ModelResponse proceed(ModelClient target, ModelRequest request) throws Exception;

  /** @return whether this call streams text deltas (then they flow through {@link #sink()}) */
  boolean streaming();

  /**
   * @return where this call's text deltas go from here up: the caller's sink wrapped by the
   *     interceptors above this one; {@link TextSink#NONE} when the call does not stream
   */
  TextSink sink();

  /**
   * Passes the call on with the deltas from below going to {@code sink} — normally a wrapper of
   * {@link #sink()}. Ignored (the call does not stream) when {@link #streaming()} is false.
   *
   * @param request the request to pass on
   * @param sink where the deltas of the call below go
   * @return the response
   * @throws Exception when the call fails
   */
  ModelResponse proceed(ModelRequest request, TextSink sink) throws Exception;

  /**
   * Passes the call on to another client with the deltas from below going to {@code sink}.
   *
   * @param target the client to call instead
   * @param request the request to pass on
   * @param sink where the deltas of the call below go
   * @return the response
   * @throws Exception when the call fails
   */
  ModelResponse proceed(ModelClient target, ModelRequest request, TextSink sink) throws Exception;
}
