package dev.agentruntime.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI-compatible chat-completions server on a free loopback port (WireMock), answering a
 * scripted conversation: one scripted response per request, in order. Lets the examples run
 * without an API key or network.
 */
public final class EmbeddedOpenAiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/v1/chat/completions";

  private final WireMockServer server;
  private final List<ResponseDefinitionBuilder> script = new ArrayList<>();
  private int responseCounter;

  /** Starts the server on a free loopback port. */
  public EmbeddedOpenAiServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  /** @return the base URL to give an OpenAI client ({@code http://127.0.0.1:port/v1}) */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  /**
   * Scripts a failure.
   *
   * @param status HTTP status
   * @param retryAfterSeconds Retry-After header value, or null for none
   * @param message the error message
   * @return this
   */
  public EmbeddedOpenAiServer thenFail(int status, String retryAfterSeconds, String message) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode err = body.putObject("error");
    err.put("message", message);
    err.put("type", status == 429 ? "requests" : "server_error");
    err.put("code", status == 429 ? "rate_limit_exceeded" : null);
    ResponseDefinitionBuilder r = aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body.toString());
    if (retryAfterSeconds != null) {
      r = r.withHeader("Retry-After", retryAfterSeconds);
    }
    script.add(r);
    return this;
  }

  /**
   * Scripts an answer asking for tool calls.
   *
   * @param calls tool name to JSON arguments, in order
   * @param promptTokens prompt tokens to report
   * @param cachedTokens of which served from the prompt cache
   * @param completionTokens completion tokens to report
   * @return this
   */
  public EmbeddedOpenAiServer thenToolCalls(
      List<Map.Entry<String, String>> calls, int promptTokens, int cachedTokens, int completionTokens) {
    ObjectNode message = JSON.createObjectNode();
    message.put("role", "assistant");
    message.putNull("content");
    ArrayNode tc = message.putArray("tool_calls");
    for (Map.Entry<String, String> c : calls) {
      ObjectNode call = tc.addObject();
      call.put("id", "call_" + (responseCounter + 1) + "_" + tc.size());
      call.put("type", "function");
      call.putObject("function").put("name", c.getKey()).put("arguments", c.getValue());
    }
    script.add(completion(message, "tool_calls", promptTokens, cachedTokens, completionTokens));
    return this;
  }

  /**
   * Scripts a final text answer.
   *
   * @param text the answer
   * @param promptTokens prompt tokens to report
   * @param cachedTokens of which served from the prompt cache
   * @param completionTokens completion tokens to report
   * @return this
   */
  public EmbeddedOpenAiServer thenAnswer(String text, int promptTokens, int cachedTokens, int completionTokens) {
    ObjectNode message = JSON.createObjectNode();
    message.put("role", "assistant");
    message.put("content", text);
    script.add(completion(message, "stop", promptTokens, cachedTokens, completionTokens));
    return this;
  }

  private ResponseDefinitionBuilder completion(
      ObjectNode message, String finish, int prompt, int cached, int completion) {
    responseCounter++;
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-demo-" + responseCounter);
    body.put("object", "chat.completion");
    body.put("created", 1_700_000_000L + responseCounter);
    body.put("model", "gpt-4o-mini-2024-07-18");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", finish);
    ObjectNode usage = body.putObject("usage");
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", completion);
    usage.put("total_tokens", prompt + completion);
    usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  /**
   * Installs the script: each request gets the next response; the last one repeats.
   *
   * @return this
   */
  public EmbeddedOpenAiServer start() {
    String state = Scenario.STARTED;
    for (int i = 0; i < script.size(); i++) {
      String next = i == script.size() - 1 ? state : "step-" + (i + 1);
      server.stubFor(post(urlEqualTo(PATH)).inScenario("conversation").whenScenarioStateIs(state)
          .willReturn(script.get(i)).willSetStateTo(next));
      state = next;
    }
    return this;
  }

  /** @return how many chat requests the server received */
  public int requestCount() {
    return server.getAllServeEvents().size();
  }

  @Override
  public void close() {
    server.stop();
  }
}
