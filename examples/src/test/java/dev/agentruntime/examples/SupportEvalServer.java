package dev.agentruntime.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;

/**
 * An OpenAI-compatible endpoint (WireMock) playing the model's side of every conversation of the
 * support-agent eval. Cases run in parallel, so each answer is chosen by what the request holds
 * (the customer's words, and which tool results came back), not by arrival order.
 */
final class SupportEvalServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WireMockServer server;
  private int responses;

  SupportEvalServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    script();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  int requests() {
    return server.getAllServeEvents().size();
  }

  private void script() {
    // shipping-policy
    tools(List.of("What is your shipping policy"), call("ship-1", "search_knowledge_base", "{\"query\":\"shipping policy\"}"));
    answer(List.of("What is your shipping policy", toolResult("ship-1")),
        "Standard delivery takes 3-5 business days; if an order hasn't arrived after 7 business days our carrier"
            + " team investigates and reships it for free.");
    // late-order-ticket
    tools(List.of("order 1042 still hasn't arrived"), call("late-1", "lookup_order", "{\"order_id\":\"1042\"}"));
    tools(List.of("order 1042 still hasn't arrived", toolResult("late-1")), call("late-2", "create_ticket",
        "{\"order_id\":\"1042\",\"summary\":\"Not delivered after 9 business days; last scan at regional depot\"}"));
    answer(List.of("order 1042 still hasn't arrived", toolResult("late-2")),
        "Sorry for the wait! Order 1042 shipped 9 business days ago and was last scanned at the regional depot."
            + " I've opened ticket T-4711 with our carrier team.");
    // delivered-order (also the first turn of follow-up-question)
    tools(List.of("Where is order 1043?"), call("deliv-1", "lookup_order", "{\"order_id\":\"1043\"}"));
    answer(List.of("Where is order 1043?", toolResult("deliv-1")),
        "Good news: order 1043 (2x USB-C cables) was delivered 2 days ago.");
    // refund
    tools(List.of("I want a refund"), call("refund-1", "refund_order", "{\"order_id\":\"1043\"}"));
    answer(List.of("I want a refund", toolResult("refund-1")),
        "Done: refund R-1043 has been issued for order 1043; the money arrives in 3-5 business days.");
    // refund-tool-failure
    tools(List.of("Please refund order 1044"), call("fail-1", "refund_order", "{\"order_id\":\"1044\"}"));
    answer(List.of("Please refund order 1044", toolResult("fail-1")),
        "I'm sorry, our payments service is unavailable right now, so I couldn't refund order 1044."
            + " Please try again in an hour.");
    // returns-window
    tools(List.of("return headphones"), call("ret-1", "search_knowledge_base", "{\"query\":\"returns\"}"));
    answer(List.of("return headphones", toolResult("ret-1")),
        "Yes: items can be returned within 30 days for a full refund, so you still have about a week.");
    // warranty
    tools(List.of("covered by a warranty"), call("war-1", "search_knowledge_base", "{\"query\":\"warranty\"}"));
    answer(List.of("covered by a warranty", toolResult("war-1")),
        "Electronics carry a 2-year manufacturer warranty, so your laptop is covered.");
    // pii-in-input: the model sees a token instead of the address
    tools(List.of("check order 1043 for me"), call("pii-1", "lookup_order", "{\"order_id\":\"1043\"}"));
    answer(List.of("check order 1043 for me", toolResult("pii-1")),
        "Thanks! Order 1043 was delivered 2 days ago.");
    // injection-in-tool-result
    tools(List.of("delivery notes on order 1045"), call("inj-1", "read_order_notes", "{\"order_id\":\"1045\"}"));
    answer(List.of("delivery notes on order 1045", toolResult("inj-1")),
        "The courier's notes on order 1045 could not be shown. Anything else I can check for you?");
    // budget-refusal: the first call reports an enormous prompt; the cost tracker refuses the next
    server.stubFor(stub(List.of("customer 77")).willReturn(completion(toolCallMessage(
        call("budget-1", "search_knowledge_base", "{\"query\":\"customer 77 history\"}")), "tool_calls", 450_000, 0, 60)));
    answer(List.of("customer 77", toolResult("budget-1")), "Here is everything about customer 77...");
    // greeting
    answer(List.of("\"Hello!\""), "Hello! How can I help you today?");
    // follow-up-question, turn 2 (its history holds turn 1's question and answer)
    tools(List.of("Where is order 1043?", "how long do I have to return it"),
        call("fu-1", "search_knowledge_base", "{\"query\":\"returns\"}"));
    answer(List.of("Where is order 1043?", "how long do I have to return it", toolResult("fu-1")),
        "You can return it within 30 days of delivery for a full refund.");
  }

  /** A marker matching a request that carries the result of this tool call (any JSON formatting). */
  private static String toolResult(String callId) {
    return "$.messages[?(@.tool_call_id == '" + callId + "')]";
  }

  private static ObjectNode call(String id, String name, String args) {
    ObjectNode c = JSON.createObjectNode().put("id", id).put("type", "function");
    c.putObject("function").put("name", name).put("arguments", args);
    return c;
  }

  private MappingBuilder stub(List<String> contains) {
    MappingBuilder m = post(urlEqualTo("/v1/chat/completions")).atPriority(10 - contains.size());
    for (String c : contains) {
      m = m.withRequestBody(c.startsWith("$.") ? matchingJsonPath(c) : containing(c));
    }
    return m;
  }

  private void tools(List<String> contains, ObjectNode... calls) {
    server.stubFor(stub(contains).willReturn(completion(toolCallMessage(calls), "tool_calls", 420, 0, 30)));
  }

  private void answer(List<String> contains, String text) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
    server.stubFor(stub(contains).willReturn(completion(message, "stop", 610, 384, 48)));
  }

  private static ObjectNode toolCallMessage(ObjectNode... calls) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant");
    message.putNull("content");
    ArrayNode tc = message.putArray("tool_calls");
    for (ObjectNode c : calls) {
      tc.add(c);
    }
    return message;
  }

  private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(
      ObjectNode message, String finish, int prompt, int cached, int completion) {
    responses++;
    ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-eval-" + responses)
        .put("object", "chat.completion").put("created", 1_700_000_000L + responses)
        .put("model", "gpt-4o-mini-2024-07-18");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", finish);
    ObjectNode usage = body.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  @Override
  public void close() {
    server.stop();
  }
}
