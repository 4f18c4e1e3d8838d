package dev.agentruntime.examples;

import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.langchain4j.RetryAfterCapture;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the examples' model lives: the real OpenAI endpoint (or any OpenAI-compatible server such
 * as Ollama or vLLM) when {@code OPENAI_API_KEY} is set — with optional {@code OPENAI_BASE_URL} and
 * {@code OPENAI_MODEL} — otherwise an {@link EmbeddedOpenAiServer} playing a scripted conversation.
 */
public final class OpenAiEndpoint implements AutoCloseable {
  private final String baseUrl;
  private final String apiKey;
  private final String model;
  private final EmbeddedOpenAiServer embedded;

  private OpenAiEndpoint(String baseUrl, String apiKey, String model, EmbeddedOpenAiServer embedded) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.model = model;
    this.embedded = embedded;
  }

  /**
   * @param env the environment ({@code System.getenv()})
   * @param script scripts the embedded server when no API key is set
   * @return the endpoint
   */
  public static OpenAiEndpoint from(Map<String, String> env, Consumer<EmbeddedOpenAiServer> script) {
    String key = env.get("OPENAI_API_KEY");
    String model = env.getOrDefault("OPENAI_MODEL", "gpt-4o-mini");
    if (key != null && !key.isBlank()) {
      return new OpenAiEndpoint(env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1"), key, model, null);
    }
    EmbeddedOpenAiServer server = new EmbeddedOpenAiServer();
    script.accept(server);
    server.start();
    return new OpenAiEndpoint(server.baseUrl(), "demo-key", "gpt-4o-mini", server);
  }

  /** @return whether this is the embedded scripted server */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /** @return the base URL */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return a one-line description for the transcript header */
  public String describe() {
    return isEmbedded()
        ? "embedded OpenAI-compatible server at " + baseUrl + " (scripted; set OPENAI_API_KEY for a real model)"
        : model + " at " + baseUrl;
  }

  /**
   * The real LangChain4j OpenAI client. Its own retries are off: agent-runtime retries, honouring
   * the server's Retry-After (captured by {@link RetryAfterCapture}).
   *
   * @return the chat model
   */
  public ChatModel chatModel() {
    return OpenAiChatModel.builder()
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .modelName(model)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(60))
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
        .build();
  }

  /** @return the chat model as an agent-runtime model client */
  public LangChain4jModelClient modelClient() {
    return LangChain4jModelClient.builder().chatModel(chatModel()).baseUrl(baseUrl).build();
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
