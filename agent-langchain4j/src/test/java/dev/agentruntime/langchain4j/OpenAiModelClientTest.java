package dev.agentruntime.langchain4j;

import static dev.agentruntime.langchain4j.OpenAiStub.sse;
import static dev.agentruntime.langchain4j.OpenAiStub.text;
import static dev.agentruntime.langchain4j.OpenAiStub.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real OpenAI LangChain4j clients, against an OpenAI-format WireMock server. */
class OpenAiModelClientTest {
  private final OpenAiStub stub = new OpenAiStub();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void plainAnswerMapsTextUsageWithCachedTokensFinishReasonIdAndModel() throws Exception {
    stub.sequence(text("chatcmpl-1", "Hello there", 1200, 7, 1024));
    LangChain4jModelClient client =
        LangChain4jModelClient.builder().chatModel(stub.chatModel()).baseUrl(stub.baseUrl()).build();

    ModelResponse r = client.chat(ModelRequest.builder()
        .addMessage(new SystemMessage("Be brief."))
        .addMessage(new UserMessage("Hi"))
        .temperature(0.2)
        .maxOutputTokens(50)
        .build());

    assertThat(r.text()).isEqualTo("Hello there");
    assertThat(r.usage()).isEqualTo(new TokenUsage(1200, 7, 1024, 0, 0));
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(r.responseId()).isEqualTo("chatcmpl-1");
    assertThat(r.responseModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(client.info()).isEqualTo(new ModelInfo("openai", "gpt-4o-mini", "127.0.0.1", stub.server.port()));

    JsonNode sent = json.readTree(stub.requestBodies().get(0));
    assertThat(sent.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(sent.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(sent.path("messages").get(1).path("content").asText()).isEqualTo("Hi");
  }

  @Test
  void toolSchemasAreSentAsJsonSchema() throws Exception {
    stub.sequence(text("chatcmpl-1", "ok", 10, 1, 0));
    String schema = """
        {"type":"object","properties":{
          "orderId":{"type":"string","description":"the order number"},
          "priority":{"type":"string","enum":["low","high"]},
          "tags":{"type":"array","items":{"type":"string"}}},
         "required":["orderId"]}""";
    LangChain4jModelClient.of(stub.chatModel()).chat(ModelRequest.builder()
        .addMessage(new UserMessage("Where is my order?"))
        .tools(List.of(new ToolSpec("lookup_order", "Looks an order up", schema)))
        .build());

    JsonNode fn = json.readTree(stub.requestBodies().get(0)).path("tools").get(0).path("function");
    assertThat(fn.path("name").asText()).isEqualTo("lookup_order");
    assertThat(fn.path("description").asText()).isEqualTo("Looks an order up");
    JsonNode params = fn.path("parameters");
    assertThat(params.path("required").get(0).asText()).isEqualTo("orderId");
    assertThat(params.path("properties").path("orderId").path("description").asText()).isEqualTo("the order number");
    assertThat(params.path("properties").path("priority").path("enum")).hasSize(2);
    assertThat(params.path("properties").path("tags").path("items").path("type").asText()).isEqualTo("string");
  }

  static final class OrderTools {
    final AtomicInteger calls = new AtomicInteger();

    @Tool("Looks up the status of an order")
    String lookupOrder(@P("the order number") String orderId) {
      calls.incrementAndGet();
      return "order " + orderId + ": shipped";
    }
  }

  @Test
  void runtimeLoopRunsToolCallsOverSeveralStepsWithTheRealClient() throws Exception {
    stub.sequence(
        toolCall("chatcmpl-1", "call_1", "lookupOrder", "{\"orderId\":\"42\"}", 100, 20),
        toolCall("chatcmpl-2", "call_2", "lookupOrder", "{\"orderId\":\"43\"}", 150, 20),
        text("chatcmpl-3", "Order 42 and 43 have shipped.", 200, 12, 128));
    OrderTools tools = new OrderTools();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(stub.chatModel()))
        .tools(LangChain4jTools.fromObjects(tools))
        .resilience(ResiliencePolicy.none())
        .build()) {

      AgentResult result = runtime.run("Where are orders 42 and 43?");

      assertThat(result.output()).isEqualTo("Order 42 and 43 have shipped.");
      assertThat(result.modelCalls()).hasSize(3);
      assertThat(result.toolCalls()).extracting(c -> c.call().arguments())
          .containsExactly("{\"orderId\":\"42\"}", "{\"orderId\":\"43\"}");
      assertThat(result.toolCalls()).allMatch(c -> c.result().content().contains("shipped"));
      assertThat(tools.calls).hasValue(2);
      assertThat(result.usage()).isEqualTo(new TokenUsage(450, 52, 128, 0, 0));
    }
    // the third request carries both tool results with their call ids
    JsonNode third = json.readTree(stub.requestBodies().get(2));
    List<JsonNode> toolMsgs = new CopyOnWriteArrayList<>();
    third.path("messages").forEach(m -> {
      if (m.path("role").asText().equals("tool")) {
        toolMsgs.add(m);
      }
    });
    assertThat(toolMsgs).extracting(m -> m.path("tool_call_id").asText()).containsExactly("call_1", "call_2");
    assertThat(toolMsgs.get(0).path("content").asText()).isEqualTo("order 42: shipped");
    assertThat(json.readTree(stub.requestBodies().get(0)).path("tools").get(0).path("function").path("name").asText())
        .isEqualTo("lookupOrder");
  }

  @Test
  void streamingDeliversDeltasInOrderAndTheCompleteResponseWithCachedUsage() throws Exception {
    stub.sequence(sse("chatcmpl-s", List.of("Hel", "lo, ", "world"), 300, 3, 256));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.streamingModel());
    List<String> deltas = new CopyOnWriteArrayList<>();

    ModelResponse r = client.chatStreaming(ModelRequest.of(new UserMessage("greet")), deltas::add);

    assertThat(deltas).containsExactly("Hel", "lo, ", "world");
    assertThat(r.text()).isEqualTo("Hello, world");
    assertThat(r.usage()).isEqualTo(new TokenUsage(300, 3, 256, 0, 0));
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(r.responseId()).isEqualTo("chatcmpl-s");
    JsonNode sent = json.readTree(stub.requestBodies().get(0));
    assertThat(sent.path("stream").asBoolean()).isTrue();
  }

  @Test
  void streamingModelAlsoServesNonStreamingCalls() throws Exception {
    stub.sequence(sse("chatcmpl-s", List.of("a", "b"), 5, 2, 0));
    ModelResponse r = LangChain4jModelClient.of(stub.streamingModel()).chat(ModelRequest.of(new UserMessage("x")));
    assertThat(r.text()).isEqualTo("ab");
  }

  @Test
  void runtimeStreamingThroughTheRealStreamingClientEmitsTextDeltas() {
    stub.sequence(sse("chatcmpl-s", List.of("one ", "two"), 5, 2, 0));
    List<String> deltas = new CopyOnWriteArrayList<>();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(stub.streamingModel()))
        .listener(e -> {
          if (e instanceof dev.agentruntime.core.event.TextDelta d) {
            deltas.add(d.text());
          }
        })
        .build()) {
      AgentResult r = runtime.run("count", (in, ctx) ->
          ctx.model().chatStreaming(ModelRequest.of(new UserMessage(in)), d -> {}).text());
      assertThat(r.output()).isEqualTo("one two");
      assertThat(deltas).containsExactly("one ", "two");
    }
  }

  @Test
  void builderRejectsMissingModelAndBadBaseUrl() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LangChain4jModelClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("chatModel");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            LangChain4jModelClient.builder().chatModel(stub.chatModel()).baseUrl("no host here").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
  }
}
