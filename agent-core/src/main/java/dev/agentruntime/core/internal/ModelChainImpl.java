package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import java.util.Objects;
import java.util.function.Consumer;

final class ModelChainImpl extends ChainLink<ModelRequest, ModelResponse, ModelChainImpl>
    implements ModelChain {
  private final DefaultRunContext ctx;
  private final ModelClient client;
  private final Consumer<String> sink;
  private final ModelRequest request;

  ModelChainImpl(AgentInterceptor[] interceptors, int index, DefaultRunContext ctx, ModelClient client,
      Consumer<String> sink, ModelRequest request) {
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
  public RunContext context() {
    return ctx;
  }

  @Override
  public ModelClient client() {
    return client;
  }

  @Override
  public ModelResponse proceed(ModelRequest req) throws Exception {
    return proceed(client, req);
  }

  @Override
  public ModelResponse proceed(ModelClient target, ModelRequest req) throws Exception {
    Objects.requireNonNull(req, "request");
    Objects.requireNonNull(target, "target");
    if (target == client) {
      return walk(req);
    }
    return new ModelChainImpl(interceptors, index, ctx, target, sink, request).walk(req);
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
