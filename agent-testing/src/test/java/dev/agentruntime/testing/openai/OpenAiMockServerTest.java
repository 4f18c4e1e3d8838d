package dev.agentruntime.testing.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.langchain4j.RetryAfterCapture;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WireMock OpenAI kit, seen through the real LangChain4j OpenAI clients and the runtime. */
class OpenAiMockServerTest {
  private static final ModelRequest HI = ModelRequest.of(new UserMessage("hi"));
  private final OpenAiMockServer server = OpenAiMockServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private OpenAiChatModel chatModel() {
    return OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini")
        .maxRetries(0).timeout(Duration.ofSeconds(10))
        // lets the runtime see Retry-After headers (LangChain4j's exceptions do not carry them)
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
        .build();
  }

  private OpenAiStreamingChatModel streamingModel() {
    return OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini")
        .timeout(Duration.ofSeconds(10)).build();
  }

  @Test
  void anAgentRidesOutARateLimitAndAServerErrorThenCallsItsToolAndAnswers() throws Exception {
    server.thenRateLimited(Duration.ofMillis(10))
        .thenServerError()
        .thenToolCall("lookup_order", "{\"id\":42}")
        .thenAnswer("Order 42 has shipped.", 120, 8);
    List<String> looked = new CopyOnWriteArrayList<>();
    Tool lookup = Tool.builder("lookup_order").description("Looks an order up")
        .parameters("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}")
        .handler(call -> {
          looked.add(call.arguments().getString("id", "?"));
          return "shipped";
        })
        .build();

    try (AgentRuntime runtime = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(chatModel()))
        .tools(lookup)
        .resilience(ResiliencePolicy.builder()
            .retry(RetryPolicy.defaults().withMaxRetries(3).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
            .build())
        .build()) {
      AgentResult result = runtime.run("Where is order 42?");

      assertThat(result.output()).isEqualTo("Order 42 has shipped.");
      assertThat(looked).containsExactly("42");
    }
    assertThat(server.requestCount()).isEqualTo(4);
    // the answer to the tool call went back to the model
    assertThat(server.requests().get(3).path("messages").toString()).contains("shipped");
    assertThat(server.requests().get(0).path("tools").get(0).path("function").path("name").asText())
        .isEqualTo("lookup_order");
  }

  @Test
  void rateLimitCarriesRetryAfterAndServerErrorIsTransient() {
    server.thenRateLimited(Duration.ofMillis(1500)).thenServerError();
    LangChain4jModelClient client = LangChain4jModelClient.of(chatModel());

    ModelCallException limited = catchThrowableOfType(ModelCallException.class, () -> client.chat(HI));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(2));

    ModelCallException failed = catchThrowableOfType(ModelCallException.class, () -> client.chat(HI));
    assertThat(failed.statusCode()).isEqualTo(500);
  }

  @Test
  void aStreamedAnswerArrivesInItsChunks() throws Exception {
    server.thenStream(List.of("Hel", "lo ", "there"));
    List<String> deltas = new CopyOnWriteArrayList<>();

    String text = LangChain4jModelClient.of(streamingModel()).chatStreaming(HI, deltas::add).text();

    assertThat(deltas).containsExactly("Hel", "lo ", "there");
    assertThat(text).isEqualTo("Hello there");
    assertThat(server.requests().get(0).path("stream").asBoolean()).isTrue();
  }

  @Test
  void aTruncatedStreamDeliversItsFirstChunksThenFailsAsTruncated() {
    server.thenTruncatedStream(List.of("The answer is", " forty"));
    List<String> deltas = new CopyOnWriteArrayList<>();
    LangChain4jModelClient client = LangChain4jModelClient.of(streamingModel());

    ModelCallException e = catchThrowableOfType(ModelCallException.class, () -> client.chatStreaming(HI, deltas::add));

    assertThat(deltas).containsExactly("The answer is", " forty");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("truncated");
  }

  @Test
  void aRequestPastTheScriptFailsLoudly() {
    server.thenAnswer("only one");
    LangChain4jModelClient client = LangChain4jModelClient.of(chatModel());
    assertThat(catchThrowableOfType(Exception.class, () -> client.chat(HI))).isNull();

    assertThatThrownBy(() -> client.chat(HI)).hasMessageContaining("no scripted response left");
  }

  @Test
  void badScriptsAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> server.thenToolCall("t", "not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arguments of t");
    assertThatThrownBy(() -> server.thenError(200, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    assertThatThrownBy(() -> server.thenRateLimited(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfter");
  }
}
