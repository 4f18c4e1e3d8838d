package dev.agentruntime.langchain4j;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.TextSink;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Puts an existing LangChain4j agent — an {@code AiServices} interface with its own memory and
 * tool loop — under an {@link AgentRuntime} by wrapping only its model and its tools:
 *
 * <pre>{@code
 * LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
 * Assistant assistant = AiServices.builder(Assistant.class)
 *     .chatModel(lc.decorate(openAiChatModel))
 *     .tools(lc.tools(new SupportTools()))
 *     .chatMemory(MessageWindowChatMemory.withMaxMessages(20))
 *     .build();
 * AgentResult result = runtime.run("Where is order 42?", (input, ctx) -> assistant.chat(input));
 * }</pre>
 *
 * <p>Each model and tool call of the agent then passes through the runtime's interceptor chain
 * (telemetry, limits, guardrails, cost, retries) and reports into the current run, found through
 * the context; outside {@code runtime.run(...)} every call is handled on its own. Refusals by the
 * runtime (limits, guardrails, budgets, open circuits, cancellation) are thrown as
 * {@link dev.agentruntime.core.error.AgentRuntimeException}s from the decorated model; model
 * failures that outlast the retries are thrown as LangChain4j's own exceptions (the ones the
 * undecorated model throws). Immutable and thread-safe.
 */
public final class LangChain4jRuntime {
  private final AgentRuntime runtime;

  private LangChain4jRuntime(AgentRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * @param runtime the runtime whose chain the decorated models and tools use
   * @return the adapter
   */
  public static LangChain4jRuntime of(AgentRuntime runtime) {
    return new LangChain4jRuntime(Objects.requireNonNull(runtime, "runtime"));
  }

  /** @return the runtime */
  public AgentRuntime runtime() {
    return runtime;
  }

  /**
   * @param model a LangChain4j chat model
   * @return a chat model whose calls pass through the runtime's chain
   */
  public ChatModel decorate(ChatModel model) {
    Objects.requireNonNull(model, "model");
    return new DecoratedChatModel(model, runtime.decorate(LangChain4jModelClient.of(model)));
  }

  /**
   * @param model a LangChain4j chat model
   * @param client how the runtime sees it (to set the base URL or provider for telemetry)
   * @return a chat model whose calls pass through the runtime's chain to {@code client}
   */
  public ChatModel decorate(ChatModel model, LangChain4jModelClient client) {
    Objects.requireNonNull(model, "model");
    return new DecoratedChatModel(model, runtime.decorate(Objects.requireNonNull(client, "client")));
  }

  /**
   * @param model a LangChain4j streaming chat model
   * @return a streaming model whose calls pass through the runtime's chain; the handler is called
   *     on the calling thread, and text deltas arrive as the model produces them. The handler can
   *     stop a call through its {@code PartialResponseContext}'s streaming handle, as with
   *     LangChain4j's own models: the stream ends at the next delta and the handler hears nothing
   *     more. A stream that fails after some text reached the handler is not retried (the handler
   *     cannot take that text back): its {@code onError} gets the failure
   */
  public StreamingChatModel decorate(StreamingChatModel model) {
    Objects.requireNonNull(model, "model");
    return new DecoratedStreamingChatModel(model, runtime.decorate(LangChain4jModelClient.of(model)));
  }

  /**
   * @param toolObjects objects with {@code @Tool} methods
   * @return tools for {@code AiServices.builder(...).tools(map)} whose calls pass through the chain
   * @see LangChain4jTools#decorate(AgentRuntime, Object...)
   */
  public Map<ToolSpecification, ToolExecutor> tools(Object... toolObjects) {
    return LangChain4jTools.decorate(runtime, toolObjects);
  }

  /**
   * @param tools programmatic tools
   * @param sideEffectingNames names of those that change the world
   * @return the tools, decorated
   */
  public Map<ToolSpecification, ToolExecutor> tools(
      Map<ToolSpecification, ToolExecutor> tools, Set<String> sideEffectingNames) {
    return LangChain4jTools.decorate(runtime, tools, sideEffectingNames);
  }

  /**
   * What a decorated model throws: a model failure that outlasted the runtime's retries surfaces
   * as the provider library's own exception (LangChain4j's {@code AuthenticationException},
   * {@code RateLimitException}, ...), so code written against LangChain4j catches what it always
   * caught; only the runtime's own refusals (limits, guardrails, budgets, open circuits,
   * cancellation) are agent-runtime exceptions.
   */
  static Throwable unwrap(Throwable e) {
    if (e instanceof ModelCallException m && m.getCause() instanceof LangChain4jException original) {
      return original;
    }
    return e;
  }

  private static RuntimeException rethrow(Exception e) {
    Throwable t = unwrap(e);
    if (t instanceof RuntimeException re) {
      return re;
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new LangChain4jException(t);
  }

  private static final class DecoratedChatModel implements ChatModel {
    private final ChatModel delegate;
    private final ModelClient client;

    DecoratedChatModel(ChatModel delegate, ModelClient client) {
      this.delegate = delegate;
      this.client = client;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      ModelResponse response;
      try {
        response = client.chat(LangChain4jMapper.toRuntime(request));
      } catch (Exception e) {
        throw rethrow(e);
      }
      ChatResponse answer = LangChain4jMapper.toLangChain4j(response);
      ToolCallOrigins.remember(answer.aiMessage().toolExecutionRequests());
      return answer;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
      return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
      return delegate.supportedCapabilities();
    }

    @Override
    public String toString() {
      return "agent-runtime(" + delegate + ")";
    }
  }

  private static final class DecoratedStreamingChatModel implements StreamingChatModel {
    private final StreamingChatModel delegate;
    private final ModelClient client;

    DecoratedStreamingChatModel(StreamingChatModel delegate, ModelClient client) {
      this.delegate = delegate;
      this.client = client;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
      // the handler may stop the stream through this handle, as with LangChain4j's own models
      // ("stop generating"): the call ends at the next delta, and the handler hears nothing more
      CallHandle handle = new CallHandle();
      ChatResponse response;
      try {
        ModelRequest runtimeRequest = LangChain4jMapper.toRuntime(request);
        String model = runtimeRequest.model() != null ? runtimeRequest.model() : client.info().model();
        ModelResponse r = client.chatStreaming(runtimeRequest, new HandlerSink(handler, handle, model));
        response = LangChain4jMapper.toLangChain4j(r);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        if (!handle.isCancelled()) {
          handler.onError(unwrap(e));
        }
        return;
      }
      if (handle.isCancelled()) {
        return;
      }
      // as LangChain4j's own streaming models: each finished tool call is announced before the whole
      // answer (AiServices starts concurrently run tools there), and an exception thrown by the
      // handler while it takes the answer goes to its onError, not to whoever started the stream
      try {
        List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
        ToolCallOrigins.remember(calls);
        for (int k = 0; k < calls.size(); k++) {
          handler.onCompleteToolCall(new CompleteToolCall(k, calls.get(k)));
        }
        handler.onCompleteResponse(response);
      } catch (RuntimeException e) {
        handler.onError(e);
      }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
      return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
      return delegate.supportedCapabilities();
    }

    @Override
    public String toString() {
      return "agent-runtime(" + delegate + ")";
    }
  }

  /**
   * The handler's end of a decorated streaming call. A LangChain4j handler cannot take text back:
   * once some reached it, an attempt that fails ends the call, as the undecorated model's stream
   * would end, instead of a retry or a fallback model appending a second answer to the start of the
   * first. Until then the runtime retries as usual. Calls come one at a time (see {@link TextSink}).
   */
  private static final class HandlerSink implements TextSink {
    private final StreamingChatResponseHandler handler;
    private final CallHandle handle;
    private final PartialResponseContext context;
    private final String model;
    // one call at a time, but each attempt's deltas come from its own thread
    private volatile boolean delivered;
    private volatile @Nullable String lost;

    HandlerSink(StreamingChatResponseHandler handler, CallHandle handle, String model) {
      this.handler = handler;
      this.handle = handle;
      this.context = new PartialResponseContext(handle);
      this.model = model;
    }

    @Override
    public void onText(String delta) {
      if (handle.isCancelled()) {
        throw new StreamStopped();
      }
      if (lost != null) {
        throw partialAnswerLost(); // a fallback model's answer would follow the failed one's start
      }
      handler.onPartialResponse(new PartialResponse(delta), context);
      delivered = true;
      if (handle.isCancelled()) {
        throw new StreamStopped(); // the model client closes the stream
      }
    }

    @Override
    public void onDiscard(String reason) {
      if (delivered) {
        lost = reason;
        throw partialAnswerLost(); // not retried: the call fails with what went wrong
      }
    }

    private ModelCallException partialAnswerLost() {
      String message = "the model's stream failed after part of the answer had reached the handler, which"
          + " cannot take it back, so the call is not retried: " + lost;
      return new ModelCallException(null, model, message, new LangChain4jException(message),
          ErrorClassification.PERMANENT, -1, null, "stream_interrupted");
    }
  }

  /** The handle a decorated streaming call gives its handler. */
  private static final class CallHandle implements StreamingHandle {
    private volatile boolean cancelled;

    @Override
    public void cancel() {
      cancelled = true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }
  }

  /** Ends a decorated streaming call its handler cancelled (never reaches the handler). */
  private static final class StreamStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamStopped() {
      super("the stream was cancelled through its StreamingHandle", null, false, false);
    }
  }
}
