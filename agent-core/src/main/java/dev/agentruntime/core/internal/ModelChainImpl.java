package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.TextSink;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import java.util.Objects;

final class ModelChainImpl extends ChainLink<ModelRequest, ModelResponse, ModelChainImpl>
    implements ModelChain {
  private final DefaultRunContext ctx;
  private final ModelClient client;
  /** null when the call does not stream. */
  private final TextSink sink;
  private final ModelRequest request;

  ModelChainImpl(AgentInterceptor[] interceptors, int index, DefaultRunContext ctx, ModelClient client,
      TextSink sink, ModelRequest request) {
    super(interceptors, index);
    this.ctx = ctx;
    this.client = client;
    this.sink = sink;
    this.request = request;
  }

  @Override
  public ModelRequest request() {
    return request;
  }

  @Override
  public RunView context() {
    return ctx.view();
  }

  @Override
  public ModelClient client() {
    return client;
  }

  @Override
  public boolean streaming() {
    return sink != null;
  }

  @Override
  public TextSink sink() {
    return sink != null ? sink : TextSink.NONE;
  }

  @Override
  public ModelResponse proceed(ModelRequest req) throws Exception {
    return walk(Objects.requireNonNull(req, "request"));
  }

  @Override
  public ModelResponse proceed(ModelClient target, ModelRequest req) throws Exception {
    return proceed(target, req, sink);
  }

  @Override
  public ModelResponse proceed(ModelRequest req, TextSink next) throws Exception {
    return proceed(client, req, next);
  }

  @Override
  public ModelResponse proceed(ModelClient target, ModelRequest req, TextSink next) throws Exception {
    Objects.requireNonNull(req, "request");
    Objects.requireNonNull(target, "target");
    TextSink s = sink == null ? null : Objects.requireNonNull(next, "sink");
    if (target == client && s == sink) {
      return walk(req);
    }
    return new ModelChainImpl(interceptors, index, ctx, target, s, request).walk(req);
  }

  @Override
  ModelChainImpl next(ModelRequest req) {
    return new ModelChainImpl(interceptors, index + 1, ctx, client, sink, req);
  }

  @Override
  ModelResponse invoke(AgentInterceptor interceptor, ModelChainImpl chain) throws Exception {
    return interceptor.aroundModelCall(chain);
  }

  @Override
  String hookName() {
    return "aroundModelCall";
  }

  @Override
  ModelResponse terminal(ModelRequest req) throws Exception {
    ModelResponse response = sink == null ? client.chat(req) : client.chatStreaming(req, sink);
    if (response == null) {
      throw new ModelCallException(
          ctx.runId(), client.info().model(), "model client " + client + " returned null",
          null, ErrorClassification.PERMANENT, -1, null);
    }
    return response;
  }
}
