package dev.agentruntime.langchain4j;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.agentruntime.core.error.ErrorClassification;
import java.util.concurrent.atomic.AtomicReference;
import java.net.http.HttpResponse;
import java.util.List;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A LangChain4j {@link ChatModel} and/or {@link StreamingChatModel} as an agent-runtime
 * {@link ModelClient}. Requests, responses, usage (with cached and reasoning tokens) and finish
 * reasons are converted by {@link LangChain4jMapper}; failures become
 * {@link ModelCallException}s classified by {@link LangChain4jErrors}, so the runtime's retries and
 * circuit breakers work with the real provider clients. Set the LangChain4j model's own
 * {@code maxRetries(0)}: the runtime retries.
 *
 * <pre>{@code
 * ModelClient client = LangChain4jModelClient.builder()
 *     .chatModel(openAiChatModel)
 *     .streamingChatModel(openAiStreamingChatModel)   // optional
 *     .baseUrl("https://api.openai.com/v1")            // optional: by default the model's own
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe when the wrapped models are.
 */
public final class LangChain4jModelClient implements ModelClient {

  private final ChatModel chatModel;
  private final StreamingChatModel streamingModel;
  private final ModelInfo info;

  private LangChain4jModelClient(ChatModel chatModel, StreamingChatModel streamingModel, ModelInfo info) {
    this.chatModel = chatModel;
    this.streamingModel = streamingModel;
    this.info = info;
  }

  /**
   * @param model a LangChain4j chat model
   * @return a client calling it (streaming reports the whole answer as one delta)
   */
  public static LangChain4jModelClient of(ChatModel model) {
    return builder().chatModel(model).build();
  }

  /**
   * @param model a LangChain4j streaming chat model
   * @return a client calling it, also for non-streaming calls
   */
  public static LangChain4jModelClient of(StreamingChatModel model) {
    return builder().streamingChatModel(model).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the wrapped chat model, or null */
  public @Nullable ChatModel chatModel() {
    return chatModel;
  }

  /** @return the wrapped streaming model, or null */
  public @Nullable StreamingChatModel streamingChatModel() {
    return streamingModel;
  }

  @Override
  public ModelResponse chat(ModelRequest request) throws Exception {
    Objects.requireNonNull(request, "request");
    if (chatModel == null) {
      return stream(request, delta -> {});
    }
    ChatRequest l4j = LangChain4jMapper.toLangChain4j(request);
    RetryAfterCapture.clear();
    ChatResponse response;
    try {
      response = chatModel.chat(l4j);
    } catch (RuntimeException e) {
      throw LangChain4jErrors.toModelCallException(e, requested(request), RetryAfterCapture.take());
    }
    if (response == null || response.aiMessage() == null) {
      throw LangChain4jErrors.toModelCallException(
          new IllegalStateException("the LangChain4j model returned no message"), requested(request), null);
    }
    return LangChain4jMapper.toRuntime(response);
  }

  @Override
  public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta) throws Exception {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(onTextDelta, "onTextDelta");
    if (streamingModel == null) {
      return ModelClient.super.chatStreaming(request, onTextDelta);
    }
    return stream(request, onTextDelta);
  }

  private ModelResponse stream(ModelRequest request, Consumer<String> onTextDelta) throws Exception {
    ChatRequest l4j = LangChain4jMapper.toLangChain4j(request);
    String model = requested(request);
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    // the handle arrives with the first partial response; a call abandoned before that is
    // cancelled at its first callback
    AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    // the HTTP exchange, when the model uses RetryAfterCapture's client: a call abandoned before
    // its first chunk (no handle yet) is ended through it at once
    List<CompletableFuture<? extends HttpResponse<?>>> exchanges;
    RetryAfterCapture.watchExchanges();
    try {
      streamingModel.chat(l4j, new StreamingChatResponseHandler() {
        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
          if (!seen(context.streamingHandle())) {
            return;
          }
          String text = partial.text();
          if (text != null && !text.isEmpty()) {
            try {
              onTextDelta.accept(text);
            } catch (RuntimeException e) {
              // the caller's consumer failed (its client went away, say), not the model: end the call
              // with the caller's own exception, unchanged, as the non-streaming path does. Handed
              // to LangChain4j it would come back through onError as a failed model call, and be
              // retried and counted against the model's circuit.
              done.completeExceptionally(e);
              StreamingHandle h = context.streamingHandle();
              if (h != null && !h.isCancelled()) {
                h.cancel();
              }
            }
          }
        }

        @Override
        public void onPartialToolCall(PartialToolCall partial, PartialToolCallContext context) {
          seen(context.streamingHandle());
        }

        @Override
        public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
          seen(context.streamingHandle());
        }

        /** @return whether the call is still wanted (else it is cancelled now) */
        private boolean seen(StreamingHandle h) {
          if (h != null) {
            handle.compareAndSet(null, h);
          }
          if (done.isDone()) {
            if (h != null && !h.isCancelled()) {
              h.cancel();
            }
            return false;
          }
          return true;
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
          done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
          done.completeExceptionally(
              LangChain4jErrors.toModelCallException(error, model, RetryAfterCapture.take()));
        }
      });
    } catch (RuntimeException e) {
      throw LangChain4jErrors.toModelCallException(e, model, null);
    } finally {
      exchanges = RetryAfterCapture.takeExchanges();
    }
    ChatResponse response;
    try {
      response = done.get();
    } catch (InterruptedException e) {
      // abandoned (deadline, cancel, attempt timeout): close the HTTP stream now, not when the
      // server finishes
      done.cancel(true);
      StreamingHandle h = handle.get();
      if (h != null && !h.isCancelled()) {
        h.cancel();
      } else if (h == null) {
        exchanges.forEach(RetryAfterCapture::abort);
      }
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
    if (response == null || response.aiMessage() == null) {
      throw LangChain4jErrors.toModelCallException(
          new IllegalStateException("the LangChain4j streaming model completed without a message"), model, null);
    }
    if (response.finishReason() == null) {
      // the server closed the stream before saying why generation stopped: a cut-off answer (its
      // text is null when it was cut before any)
      String text = response.aiMessage().text();
      throw new ModelCallException(null, model,
          "the model's stream was truncated: it ended without a finish reason (received "
              + (text == null ? 0 : text.length()) + " characters)",
          null, ErrorClassification.TRANSIENT, -1, null, "truncated");
    }
    return LangChain4jMapper.toRuntime(response);
  }

  private String requested(ModelRequest request) {
    return request.model() != null ? request.model() : info.model();
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public String toString() {
    return "LangChain4jModelClient[" + info.key() + "]";
  }

  /**
   * The OpenTelemetry GenAI provider name for a LangChain4j provider.
   *
   * @param provider the LangChain4j provider, or null
   * @return the GenAI name ({@code openai}, {@code anthropic}, {@code gcp.gemini}, ...)
   */
  public static String providerName(@Nullable ModelProvider provider) {
    if (provider == null) {
      return "unknown";
    }
    return switch (provider) {
      case OPEN_AI -> "openai";
      case AZURE_OPEN_AI -> "azure.ai.openai";
      case ANTHROPIC -> "anthropic";
      case AMAZON_BEDROCK -> "aws.bedrock";
      case GOOGLE_AI_GEMINI -> "gcp.gemini";
      case GOOGLE_VERTEX_AI_GEMINI, GOOGLE_VERTEX_AI_ANTHROPIC -> "gcp.vertex_ai";
      case GOOGLE_GENAI -> "gcp.gen_ai";
      case MISTRAL_AI -> "mistral_ai";
      case COHERE -> "cohere";
      case WATSONX -> "ibm.watsonx.ai";
      case OLLAMA -> "ollama";
      case GITHUB_MODELS -> "github";
      default -> provider.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Builder for {@link LangChain4jModelClient}; validated at {@link #build()}. */
  public static final class Builder {
    private ChatModel chatModel;
    private StreamingChatModel streamingModel;
    private String provider;
    private String model;
    private String baseUrl;

    private Builder() {}

    /**
     * @param value the model for complete (non-streaming) calls
     * @return this
     */
    public Builder chatModel(ChatModel value) {
      this.chatModel = value;
      return this;
    }

    /**
     * @param value the model for streaming calls
     * @return this
     */
    public Builder streamingChatModel(StreamingChatModel value) {
      this.streamingModel = value;
      return this;
    }

    /**
     * @param value GenAI provider name; by default derived from the model's {@code provider()}
     * @return this
     */
    public Builder provider(String value) {
      this.provider = value;
      return this;
    }

    /**
     * @param value the default model name; by default the model's default request parameters'
     * @return this
     */
    public Builder model(String value) {
      this.model = value;
      return this;
    }

    /**
     * @param value the endpoint's base URL (for the server address and port in telemetry); by
     *     default the base URL the LangChain4j model was built with, when it can be read (it is a
     *     private field of LangChain4j's provider clients: read best-effort, never required)
     * @return this
     */
    public Builder baseUrl(String value) {
      this.baseUrl = value;
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException when neither a chat model nor a streaming model is set
     * @throws IllegalArgumentException when the base URL is not a URL
     */
    public LangChain4jModelClient build() {
      if (chatModel == null && streamingModel == null) {
        throw new IllegalStateException("LangChain4jModelClient: set chatModel(...) or streamingChatModel(...)");
      }
      String p = provider;
      if (p == null || p.isBlank()) {
        p = providerName(chatModel != null ? chatModel.provider() : streamingModel.provider());
      }
      String m = model;
      if (m == null || m.isBlank()) {
        ChatRequestParameters defaults =
            chatModel != null ? chatModel.defaultRequestParameters() : streamingModel.defaultRequestParameters();
        m = defaults != null && defaults.modelName() != null ? defaults.modelName() : "unknown";
      }
      String host = null;
      int port = -1;
      String url = baseUrl;
      if (url == null) {
        // not given: the endpoint the LangChain4j model was built with (its base URL)
        url = BaseUrls.of(chatModel != null ? chatModel : streamingModel);
      }
      if (url == null) {
        // nothing to parse
      } else if (baseUrl == null) {
        URI uri = BaseUrls.parse(url);
        if (uri != null) {
          host = uri.getHost();
          port = BaseUrls.port(uri);
        }
      } else {
        URI uri;
        try {
          uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not a URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null) {
          throw new IllegalArgumentException("baseUrl '" + baseUrl + "' has no host");
        }
        host = uri.getHost();
        port = BaseUrls.port(uri);
      }
      return new LangChain4jModelClient(chatModel, streamingModel, new ModelInfo(p, m, host, port));
    }
  }
}
