package dev.agentruntime.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;

/** An OpenAI-compatible chat-completions server on WireMock, and real LangChain4j clients for it. */
final class OpenAiStub implements AutoCloseable {
  static final String PATH = "/v1/chat/completions";

  final WireMockServer server;

  OpenAiStub() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  OpenAiChatModel chatModel(Duration timeout) {
    return OpenAiChatModel.builder()
        .baseUrl(baseUrl())
        .apiKey("test-key")
        .modelName("gpt-4o-mini")
        .maxRetries(0)
        .timeout(timeout)
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
        .build();
  }

  OpenAiChatModel chatModel() {
    return chatModel(Duration.ofSeconds(10));
  }

  OpenAiStreamingChatModel streamingModel() {
    return OpenAiStreamingChatModel.builder()
        .baseUrl(baseUrl())
        .apiKey("test-key")
        .modelName("gpt-4o-mini")
        .timeout(Duration.ofSeconds(10))
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
        .build();
  }

  /** Serves the responses in order, one per request; the last one repeats. */
  void sequence(ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "step-" + (i + 1);
      server.stubFor(post(urlEqualTo(PATH))
          .inScenario("seq")
          .whenScenarioStateIs(state)
          .willReturn(responses[i])
          .willSetStateTo(next));
      state = next;
    }
  }

  int requestCount() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH))).size();
  }

  List<String> requestBodies() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)))
        .stream().map(r -> r.getBodyAsString()).toList();
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder text(String id, String text, int prompt, int completion, int cached) {
    return json("""
        {"id":"%s","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
         "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d,
                  "prompt_tokens_details":{"cached_tokens":%d},
                  "completion_tokens_details":{"reasoning_tokens":0}}}
        """.formatted(id, quote(text), prompt, completion, prompt + completion, cached));
  }

  static ResponseDefinitionBuilder toolCall(String id, String callId, String name, String argsJson, int prompt, int completion) {
    return json("""
        {"id":"%s","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
         "choices":[{"index":0,"message":{"role":"assistant","content":null,
           "tool_calls":[{"id":"%s","type":"function","function":{"name":"%s","arguments":%s}}]},
           "finish_reason":"tool_calls"}],
         "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
        """.formatted(id, callId, name, quote(argsJson), prompt, completion, prompt + completion));
  }

  static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
        {"error":{"message":%s,"type":"%s","param":null,"code":%s}}
        """.formatted(quote(message), type, code == null ? "null" : quote(code)));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** An SSE body streaming the given text in chunks, then a usage chunk. */
  static ResponseDefinitionBuilder sse(String id, List<String> chunks, int prompt, int completion, int cached) {
    StringBuilder sb = new StringBuilder();
    sb.append("data: {\"id\":\"").append(id).append("\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
        + "\"finish_reason\":null}]}\n\n");
    for (String c : chunks) {
      sb.append("data: {\"id\":\"").append(id).append("\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
          + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
          .append(quote(c)).append("},\"finish_reason\":null}]}\n\n");
    }
    sb.append("data: {\"id\":\"").append(id).append("\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
    sb.append("data: {\"id\":\"").append(id).append("\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],\"usage\":{\"prompt_tokens\":").append(prompt)
        .append(",\"completion_tokens\":").append(completion).append(",\"total_tokens\":").append(prompt + completion)
        .append(",\"prompt_tokens_details\":{\"cached_tokens\":").append(cached).append("}}}\n\n");
    sb.append("data: [DONE]\n\n");
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sb.toString());
  }

  /** An SSE body streaming one tool call (its name first, then its arguments), then a usage chunk. */
  static ResponseDefinitionBuilder sseToolCall(String id, String callId, String name, String argsJson, int prompt,
      int completion) {
    String head = "data: {\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":";
    String body = head + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,"
        + "\"id\":\"" + callId + "\",\"type\":\"function\",\"function\":{\"name\":\"" + name + "\",\"arguments\":\"\"}}]},"
        + "\"finish_reason\":null}]}\n\n"
        + head + "[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + quote(argsJson)
        + "}}]},\"finish_reason\":null}]}\n\n"
        + head + "[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
        + head + "[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
        + ",\"total_tokens\":" + (prompt + completion) + "}}\n\n"
        + "data: [DONE]\n\n";
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
  }

  @Override
  public void close() {
    server.stop();
  }
}
