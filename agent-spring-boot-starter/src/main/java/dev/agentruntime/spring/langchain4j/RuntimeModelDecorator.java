package dev.agentruntime.spring.langchain4j;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.langchain4j.LangChain4jRuntime;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Decorates every LangChain4j {@link ChatModel} and {@link StreamingChatModel} bean — the ones
 * LangChain4j's Spring Boot starters create from {@code langchain4j.*} properties, or your own —
 * so that calls through them (an {@code @AiService}, {@code AiServices}, your code) pass through
 * the agent runtime's interceptor chain: spans, limits, guardrails, budgets and retries, reported
 * into the current run when there is one and handled on their own otherwise. The runtime is
 * looked up at the first call (it may itself be built from these beans); with no unique
 * {@link AgentRuntime} bean the calls go straight to the model. Turn it off with
 * {@code agent.langchain4j.decorate-models=false}.
 */
public final class RuntimeModelDecorator implements BeanPostProcessor {
  private final ObjectProvider<AgentRuntime> runtime;

  /** @param runtime the application's runtime, resolved at the first model call */
  public RuntimeModelDecorator(ObjectProvider<AgentRuntime> runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DecoratedChatModel || bean instanceof DecoratedStreamingChatModel) {
      return bean;
    }
    if (bean instanceof ChatModel model && !(bean instanceof StreamingChatModel)) {
      return new DecoratedChatModel(model, runtime);
    }
    if (bean instanceof StreamingChatModel model && !(bean instanceof ChatModel)) {
      return new DecoratedStreamingChatModel(model, runtime);
    }
    return bean;
  }

  /**
   * @param model a chat model bean, decorated or not
   * @return the model as the provider's library built it (what the runtime's own model client
   *     must call, so that its calls pass through the chain once, not twice)
   */
  public static ChatModel undecorated(ChatModel model) {
    return model instanceof DecoratedChatModel d ? d.delegate : model;
  }

  /**
   * @param model a streaming chat model bean, decorated or not
   * @return the model as the provider's library built it
   */
  public static StreamingChatModel undecorated(StreamingChatModel model) {
    return model instanceof DecoratedStreamingChatModel d ? d.delegate : model;
  }

  /** Resolves the runtime's decoration once, at the first call. */
  private abstract static class Lazy<M> {
    private final ObjectProvider<AgentRuntime> runtime;
    private volatile M decorated;

    Lazy(ObjectProvider<AgentRuntime> runtime) {
      this.runtime = runtime;
    }

    abstract M raw();

    abstract M decorate(LangChain4jRuntime runtime);

    final M target() {
      M d = decorated;
      if (d == null) {
        AgentRuntime r = runtime.getIfUnique();
        if (r == null) {
          return raw(); // no runtime (yet): nothing to decorate with; do not remember
        }
        d = decorate(LangChain4jRuntime.of(r));
        decorated = d;
      }
      return d;
    }
  }

  private static final class DecoratedChatModel implements ChatModel {
    private final ChatModel delegate;
    private final Lazy<ChatModel> lazy;

    DecoratedChatModel(ChatModel delegate, ObjectProvider<AgentRuntime> runtime) {
      this.delegate = delegate;
      this.lazy = new Lazy<>(runtime) {
        @Override
        ChatModel raw() {
          return delegate;
        }

        @Override
        ChatModel decorate(LangChain4jRuntime runtime) {
          return runtime.decorate(delegate);
        }
      };
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
      return lazy.target().chat(request);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      return lazy.target().chat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
      return delegate.listeners();
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
    private final Lazy<StreamingChatModel> lazy;

    DecoratedStreamingChatModel(StreamingChatModel delegate, ObjectProvider<AgentRuntime> runtime) {
      this.delegate = delegate;
      this.lazy = new Lazy<>(runtime) {
        @Override
        StreamingChatModel raw() {
          return delegate;
        }

        @Override
        StreamingChatModel decorate(LangChain4jRuntime runtime) {
          return runtime.decorate(delegate);
        }
      };
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
      lazy.target().chat(request, handler);
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
      lazy.target().chat(request, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
      return delegate.listeners();
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
}
