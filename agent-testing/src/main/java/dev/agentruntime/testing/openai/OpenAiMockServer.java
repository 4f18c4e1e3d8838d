package dev.agentruntime.testing.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An OpenAI-compatible chat-completions server for tests: WireMock on a free loopback port,
 * answering {@code POST /v1/chat/completions} from a script, one scripted response per request, in
 * order. Point any OpenAI client at {@link #baseUrl()} (for LangChain4j:
 * {@code OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test")...}).
 *
 * <pre>{@code
 * try (OpenAiMockServer server = OpenAiMockServer.start()) {
 *   server.thenRateLimited(Duration.ofSeconds(1))      // 429 with Retry-After: 1
 *         .thenToolCall("lookup_order", "{\"id\":42}")
 *         .thenAnswer("Order 42 has shipped.");
 *   // ... run the agent against server.baseUrl() ...
 *   assertThat(server.requestCount()).isEqualTo(3);
 * }
 * }</pre>
 *
 * <p>Faults: {@link #thenSlowStream(List, Duration) a slow stream},
 * {@link #thenRateLimited(Duration) 429} with {@code Retry-After},
 * {@link #thenServerError() 500}, {@link #thenTruncatedStream(List) a stream that stops before its
 * end}, {@link #thenConnectionReset() a reset connection}. A request past the end of the script
 * gets a 500 whose message says so, so an unexpected extra call fails loudly. Responses may be
 * scripted before or while requests arrive. Thread-safe.
 */
public final class OpenAiMockServer implements AutoCloseable {
  /** The path the server answers. */
  public static final String CHAT_COMPLETIONS_PATH = "/v1/chat/completions";
  private static final String SCENARIO = "script";
  private static final String MODEL = "gpt-4o-mini-2024-07-18";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;
  private int scripted;

  private OpenAiMockServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    installFallback();
  }

  /** @return a started server on a free loopback port; {@link #close()} it */
  public static OpenAiMockServer start() {
    return new OpenAiMockServer();
  }

  /** @return the base URL to give an OpenAI client: {@code http://127.0.0.1:<port>/v1} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  /** @return the port the server listens on */
  public int port() {
    return server.port();
  }

  // ------------------------------------------------------------------ answers

  /**
   * Scripts a final text answer reporting 10 prompt and 5 completion tokens.
   *
   * @param text the answer
   * @return this
   */
  public OpenAiMockServer thenAnswer(String text) {
    return thenAnswer(text, 10, 5);
  }

  /**
   * Scripts a final text answer.
   *
   * @param text the answer
   * @param promptTokens prompt tokens to report
   * @param completionTokens completion tokens to report
   * @return this
   */
  public OpenAiMockServer thenAnswer(String text, int promptTokens, int completionTokens) {
    Objects.requireNonNull(text, "text must not be null");
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
    return then(completion(message, "stop", promptTokens, completionTokens));
  }

  /**
   * Scripts an answer asking for one tool call.
   *
   * @param name the tool's name
   * @param argumentsJson its arguments, a JSON object
   * @return this
   */
  public OpenAiMockServer thenToolCall(String name, String argumentsJson) {
    return thenToolCalls(List.of(Map.entry(name, argumentsJson)));
  }

  /**
   * Scripts an answer asking for several tool calls at once (ids {@code call_<n>_<i>}).
   *
   * @param calls tool name to JSON arguments, in order
   * @return this
   */
  public OpenAiMockServer thenToolCalls(List<Map.Entry<String, String>> calls) {
    Objects.requireNonNull(calls, "calls must not be null");
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("calls must not be empty");
    }
    ObjectNode message = JSON.createObjectNode().put("role", "assistant");
    message.putNull("content");
    ArrayNode toolCalls = message.putArray("tool_calls");
    for (Map.Entry<String, String> c : calls) {
      Objects.requireNonNull(c.getKey(), "tool name must not be null");
      requireJsonObject(c.getValue(), "arguments of " + c.getKey());
      ObjectNode call = toolCalls.addObject();
      call.put("id", "call_" + (scripted + 1) + "_" + toolCalls.size());
      call.put("type", "function");
      call.putObject("function").put("name", c.getKey()).put("arguments", c.getValue());
    }
    return then(completion(message, "tool_calls", 10, 5));
  }

  /**
   * Scripts a streamed answer ({@code stream: true}): the chunks as server-sent events, a final
   * chunk with {@code finish_reason: stop}, a usage chunk and {@code [DONE]}.
   *
   * @param chunks the text deltas, in order
   * @return this
   */
  public OpenAiMockServer thenStream(List<String> chunks) {
    return then(sse(chunks, true));
  }

  /**
   * Scripts a streamed answer that the server dribbles out slowly, spread evenly over
   * {@code over}: for attempt timeouts, deadlines and cancellations that cut a stream mid-way.
   *
   * @param chunks the text deltas, in order
   * @param over how long the whole stream takes (at least 1 ms)
   * @return this
   */
  public OpenAiMockServer thenSlowStream(List<String> chunks, Duration over) {
    Objects.requireNonNull(over, "over must not be null");
    if (over.toMillis() < 1 || over.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("over must be between 1 ms and 24 days, was " + over);
    }
    return then(sse(chunks, true).withChunkedDribbleDelay(Math.max(2, chunks.size() + 2), (int) over.toMillis()));
  }

  // ------------------------------------------------------------------ faults

  /**
   * Scripts a {@code 429 Too Many Requests} with a {@code Retry-After} header.
   *
   * @param retryAfter the wait to announce, in whole seconds (rounded up)
   * @return this
   */
  public OpenAiMockServer thenRateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter must not be null");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return then(error(429, "requests", "rate_limit_exceeded", "Rate limit reached. Please try again later.")
        .withHeader("Retry-After", Long.toString(seconds)));
  }

  /**
   * Scripts a {@code 500 Internal Server Error}.
   *
   * @return this
   */
  public OpenAiMockServer thenServerError() {
    return thenError(500, "The server had an error while processing your request.");
  }

  /**
   * Scripts an error status with an OpenAI-format error body.
   *
   * @param status the HTTP status (400 to 599)
   * @param message the error message
   * @return this
   */
  public OpenAiMockServer thenError(int status, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599: " + status);
    }
    String type = status >= 500 ? "server_error" : "invalid_request_error";
    return then(error(status, type, null, Objects.requireNonNull(message, "message must not be null")));
  }

  /**
   * Scripts a streamed answer that stops early: the chunks arrive, then the stream ends with no
   * finishing chunk, no usage and no {@code [DONE]}, as when a provider drops the connection.
   *
   * @param chunksBeforeTheCut the text deltas sent before the stream stops
   * @return this
   */
  public OpenAiMockServer thenTruncatedStream(List<String> chunksBeforeTheCut) {
    return then(sse(chunksBeforeTheCut, false));
  }

  /**
   * Scripts a connection reset before any response.
   *
   * @return this
   */
  public OpenAiMockServer thenConnectionReset() {
    return then(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
  }

  // ------------------------------------------------------------------ inspection

  /** @return how many chat-completion requests arrived */
  public int requestCount() {
    return server.findAll(postRequestedFor(urlEqualTo(CHAT_COMPLETIONS_PATH))).size();
  }

  /** @return the JSON bodies of the requests received, in order of arrival */
  public List<JsonNode> requests() {
    List<LoggedRequest> logged = new ArrayList<>(server.findAll(postRequestedFor(urlEqualTo(CHAT_COMPLETIONS_PATH))));
    logged.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    List<JsonNode> bodies = new ArrayList<>(logged.size());
    for (LoggedRequest r : logged) {
      try {
        bodies.add(JSON.readTree(r.getBodyAsString()));
      } catch (IOException e) {
        throw new UncheckedIOException("request body is not JSON: " + r.getBodyAsString(), e);
      }
    }
    return bodies;
  }

  /**
   * Forgets the script and the requests received.
   *
   * @return this
   */
  public OpenAiMockServer reset() {
    synchronized (this) {
      server.resetAll();
      scripted = 0;
      installFallback();
    }
    return this;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  // ------------------------------------------------------------------ internals

  private synchronized OpenAiMockServer then(ResponseDefinitionBuilder response) {
    String state = scripted == 0 ? Scenario.STARTED : "after-" + scripted;
    scripted++;
    server.stubFor(post(urlEqualTo(CHAT_COMPLETIONS_PATH))
        .atPriority(1)
        .inScenario(SCENARIO)
        .whenScenarioStateIs(state)
        .willReturn(response)
        .willSetStateTo("after-" + scripted));
    return this;
  }

  private void installFallback() {
    server.stubFor(any(anyUrl()).atPriority(10).willReturn(error(500, "server_error", "script_exhausted",
        "OpenAiMockServer: no scripted response left for this request (script them with then...)")));
  }

  private static ResponseDefinitionBuilder completion(ObjectNode message, String finish, int prompt, int completion) {
    if (prompt < 0 || completion < 0) {
      throw new IllegalArgumentException("token counts must not be negative: " + prompt + ", " + completion);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-mock");
    body.put("object", "chat.completion");
    body.put("created", 1_700_000_000L);
    body.put("model", MODEL);
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", finish);
    ObjectNode usage = body.putObject("usage");
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", completion);
    usage.put("total_tokens", prompt + completion);
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  private static ResponseDefinitionBuilder sse(List<String> chunks, boolean complete) {
    Objects.requireNonNull(chunks, "chunks must not be null");
    StringBuilder sb = new StringBuilder();
    sb.append(event(delta(JSON.createObjectNode().put("role", "assistant").put("content", ""), null)));
    int chars = 0;
    for (String c : chunks) {
      Objects.requireNonNull(c, "a chunk must not be null");
      chars += c.length();
      sb.append(event(delta(JSON.createObjectNode().put("content", c), null)));
    }
    if (complete) {
      sb.append(event(delta(JSON.createObjectNode(), "stop")));
      ObjectNode usage = chunk();
      usage.putArray("choices");
      int completion = Math.max(1, chars / 4);
      usage.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", completion)
          .put("total_tokens", 10 + completion);
      sb.append(event(usage));
      sb.append("data: [DONE]\n\n");
    }
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sb.toString());
  }

  private static ObjectNode chunk() {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", "chatcmpl-mock");
    n.put("object", "chat.completion.chunk");
    n.put("created", 1_700_000_000L);
    n.put("model", MODEL);
    return n;
  }

  private static ObjectNode delta(ObjectNode delta, String finish) {
    ObjectNode n = chunk();
    ObjectNode choice = n.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    return n;
  }

  private static String event(JsonNode data) {
    return "data: " + data + "\n\n";
  }

  private static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode err = body.putObject("error");
    err.put("message", message);
    err.put("type", type);
    err.putNull("param");
    if (code == null) {
      err.putNull("code");
    } else {
      err.put("code", code);
    }
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  private static void requireJsonObject(String json, String what) {
    Objects.requireNonNull(json, what + " must not be null");
    try {
      if (!JSON.readTree(json).isObject()) {
        throw new IllegalArgumentException(what + " must be a JSON object: " + json);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + json, e);
    }
  }
}
