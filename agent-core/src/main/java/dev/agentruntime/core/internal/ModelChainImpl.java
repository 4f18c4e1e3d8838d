package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import java.util.Objects;
import java.util.function.Consumer;

final class ModelChainImpl implements ModelChain {
  private final AgentInterceptor[] interceptors;
  private final int index;
  private final RunContext ctx;
  private final ModelClient client;
  private final Consumer<String> sink;
  private final ModelRequest request;

  ModelChainImpl(
      AgentInterceptor[] interceptors,
      int index,
      RunContext ctx,
      ModelClient client,
      Consumer<String> sink,
      ModelRequest request) {
    this.interceptors = interceptors;
    this.index = index;
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
    if (index < interceptors.length) {
      return interceptors[index].aroundModelCall(
          new ModelChainImpl(interceptors, index + 1, ctx, target, sink, req));
    }
    ModelResponse response = sink == null ? target.chat(req) : target.chatStreaming(req, sink);
    if (response == null) {
      throw new ModelCallException(
          ctx.runId(), target.info().model(), "model client " + target + " returned null",
          null, ErrorClassification.PERMANENT, -1, null);
    }
    return response;
  }
}
