package dev.agentruntime.examples.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small OpenAI-compatible support model on a free loopback port (WireMock), so the chat service
 * runs without an API key: it answers by what the conversation holds rather than from a fixed
 * script. "Where is order 1042?" calls {@code lookup_order}, "Please refund order 1042" calls
 * {@code refund}, a tool result is turned into an answer, anything else gets a greeting. Streamed
 * requests ({@code "stream": true}) get their answer as server-sent chunks, dribbled over the
 * connection as a real model writes.
 */
public final class DemoSupportModel implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ORDER = Pattern.compile("\\b(\\d{3,9})\\b");
  private static final String NAME = "support-demo-model";
  /** The model name the demo reports. */
  public static final String MODEL = "gpt-4o-mini";

  private final WireMockServer server;

  /** Starts the model on a free loopback port. */
  public DemoSupportModel() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
        .extensions(new Answerer()));
    server.start();
    server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withTransformers(NAME)));
  }

  /** @return the base URL to give an OpenAI client */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  /** @return how many chat requests the model received */
  public int requestCount() {
    return server.getAllServeEvents().size();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** What the model says next: text, or one tool call. */
  record Turn(String text, String tool, String arguments) {}

  static Turn next(JsonNode request) {
    JsonNode messages = request.path("messages");
    JsonNode last = messages.size() == 0 ? JSON.createObjectNode() : messages.get(messages.size() - 1);
    String role = last.path("role").asText();
    String content = last.path("content").isTextual() ? last.path("content").asText() : "";
    if (role.equals("tool")) {
      String lower = content.toLowerCase(Locale.ROOT);
      if (lower.contains("denied") || lower.contains("not approved") || lower.contains("not executed")) {
        return new Turn("I did not go ahead: " + content + " Tell me if you would like me to try again.", null, null);
      }
      return new Turn("Done. " + content + " Is there anything else I can help you with?", null, null);
    }
    boolean tools = request.path("tools").size() > 0;
    Matcher m = ORDER.matcher(content);
    if (tools && m.find()) {
      String args = "{\"order_id\":" + m.group(1) + "}";
      return content.toLowerCase(Locale.ROOT).contains("refund")
          ? new Turn(null, "refund", args) : new Turn(null, "lookup_order", args);
    }
    return new Turn("Hello! I am the support agent. I can look up an order (try \"Where is order 1042?\") "
        + "or refund one (\"Please refund order 1042\"); a refund waits for your approval.", null, null);
  }

  private static final class Answerer implements ResponseDefinitionTransformerV2 {
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      JsonNode request;
      try {
        request = JSON.readTree(event.getRequest().getBodyAsString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Turn turn = next(request);
      String id = "chatcmpl-demo-" + ids.incrementAndGet();
      int promptTokens = Math.max(1, event.getRequest().getBodyAsString().length() / 4);
      if (request.path("stream").asBoolean(false)) {
        List<String> events = new ArrayList<>();
        if (turn.tool() != null) {
          ObjectNode call = JSON.createObjectNode();
          call.put("index", 0).put("id", "call_" + id).put("type", "function");
          call.putObject("function").put("name", turn.tool()).put("arguments", turn.arguments());
          ObjectNode delta = JSON.createObjectNode().put("role", "assistant");
          delta.putArray("tool_calls").add(call);
          events.add(chunk(id, delta, null));
          events.add(chunk(id, JSON.createObjectNode(), "tool_calls"));
        } else {
          boolean first = true;
          for (String word : turn.text().split("(?<= )")) {
            ObjectNode delta = JSON.createObjectNode();
            if (first) {
              delta.put("role", "assistant");
              first = false;
            }
            events.add(chunk(id, delta.put("content", word), null));
          }
          events.add(chunk(id, JSON.createObjectNode(), "stop"));
        }
        ObjectNode usage = base(id, "chat.completion.chunk");
        usage.putArray("choices");
        usage.set("usage", usage(promptTokens, turn));
        events.add(usage.toString());
        StringBuilder body = new StringBuilder();
        for (String e : events) {
          body.append("data: ").append(e).append("\n\n");
        }
        body.append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(body.toString()).withChunkedDribbleDelay(events.size() + 1, 40 * events.size()).build();
      }
      ObjectNode message = JSON.createObjectNode().put("role", "assistant");
      if (turn.tool() != null) {
        message.putNull("content");
        ObjectNode call = message.putArray("tool_calls").addObject();
        call.put("id", "call_" + id).put("type", "function");
        call.putObject("function").put("name", turn.tool()).put("arguments", turn.arguments());
      } else {
        message.put("content", turn.text());
      }
      ObjectNode body = base(id, "chat.completion");
      ObjectNode choice = body.putArray("choices").addObject();
      choice.put("index", 0);
      choice.set("message", message);
      choice.put("finish_reason", turn.tool() != null ? "tool_calls" : "stop");
      body.set("usage", usage(promptTokens, turn));
      return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString())
          .build();
    }

    private static ObjectNode base(String id, String object) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", id).put("object", object).put("created", 1_700_000_000L).put("model", MODEL);
      return n;
    }

    private static String chunk(String id, ObjectNode delta, String finish) {
      ObjectNode n = base(id, "chat.completion.chunk");
      ObjectNode choice = n.putArray("choices").addObject();
      choice.put("index", 0);
      choice.set("delta", delta);
      if (finish == null) {
        choice.putNull("finish_reason");
      } else {
        choice.put("finish_reason", finish);
      }
      return n.toString();
    }

    private static ObjectNode usage(int prompt, Turn turn) {
      int completion = turn.text() != null ? Math.max(1, turn.text().length() / 4) : 12;
      ObjectNode u = JSON.createObjectNode();
      u.put("prompt_tokens", prompt).put("completion_tokens", completion).put("total_tokens", prompt + completion);
      return u;
    }
  }
}
