package dev.agentruntime.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real Anthropic LangChain4j client with extended thinking, against an Anthropic-format WireMock server. */
class AnthropicThinkingTest {
  private static final String PATH = "/v1/messages";
  private final WireMockServer server = new WireMockServer(
      WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stop() {
    server.stop();
  }

  private AnthropicStreamingChatModel streamingModel() {
    return AnthropicStreamingChatModel.builder()
        .baseUrl("http://127.0.0.1:" + server.port() + "/v1/")
        .apiKey("test-key")
        .modelName("claude-sonnet-4-20250514")
        .maxTokens(2048)
        .thinkingType("enabled")
        .thinkingBudgetTokens(1024)
        .returnThinking(true)
        .sendThinking(true)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private static String sse(String... events) {
    StringBuilder b = new StringBuilder();
    for (String e : events) {
      String type = e.replaceAll("(?s)^\\{\"type\":\"([a-z_]+)\".*", "$1");
      b.append("event: ").append(type).append("\ndata: ").append(e).append("\n\n");
    }
    return b.toString();
  }

  private static final String START = "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_%s\",\"type\":\"message\","
      + "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-20250514\",\"content\":[],\"stop_reason\":null,"
      + "\"usage\":{\"input_tokens\":50,\"output_tokens\":1}}}";

  private AnthropicChatModel model() {
    return AnthropicChatModel.builder()
        .baseUrl("http://127.0.0.1:" + server.port() + "/v1/")
        .apiKey("test-key")
        .modelName("claude-sonnet-4-20250514")
        .maxTokens(2048)
        .thinkingType("enabled")
        .thinkingBudgetTokens(1024)
        .returnThinking(true)
        .sendThinking(true)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theThinkingBlockOfAToolCallingAnswerIsSentBackWithTheToolResult(boolean streaming) throws Exception {
    server.start();
    String first = streaming ? sse(START.formatted(1),
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"I should look \"}}",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"order 42 up.\"}}",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"sig-42\"}}",
        "{\"type\":\"content_block_stop\",\"index\":0}",
        "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\","
            + "\"name\":\"lookupOrder\",\"input\":{}}}",
        "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
            + "\"partial_json\":\"{\\\"orderId\\\":\\\"42\\\"}\"}}",
        "{\"type\":\"content_block_stop\",\"index\":1}",
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":20}}",
        "{\"type\":\"message_stop\"}") : """
        {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-20250514",
         "content":[{"type":"thinking","thinking":"I should look order 42 up.","signature":"sig-42"},
                    {"type":"tool_use","id":"toolu_1","name":"lookupOrder","input":{"orderId":"42"}}],
         "stop_reason":"tool_use","usage":{"input_tokens":50,"output_tokens":20}}""";
    String second = streaming ? sse(START.formatted(2),
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Order 42 has shipped.\"}}",
        "{\"type\":\"content_block_stop\",\"index\":0}",
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":8}}",
        "{\"type\":\"message_stop\"}") : """
        {"id":"msg_2","type":"message","role":"assistant","model":"claude-sonnet-4-20250514",
         "content":[{"type":"text","text":"Order 42 has shipped."}],
         "stop_reason":"end_turn","usage":{"input_tokens":80,"output_tokens":8}}""";
    String type = streaming ? "text/event-stream" : "application/json";
    server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withHeader("Content-Type", type).withBody(first)).willSetStateTo("two"));
    server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs("two")
        .willReturn(aResponse().withHeader("Content-Type", type).withBody(second)));
    OpenAiModelClientTest.OrderTools tools = new OpenAiModelClientTest.OrderTools();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .model(streaming ? LangChain4jModelClient.of(streamingModel()) : LangChain4jModelClient.of(model()))
        .tools(LangChain4jTools.fromObjects(tools))
        .resilience(ResiliencePolicy.none())
        .build()) {
      AgentResult result = runtime.run("Where is order 42?");
      assertThat(result.output()).as("the thinking is never output").isEqualTo("Order 42 has shipped.");
    }
    var bodies = server.findAll(postRequestedFor(urlEqualTo(PATH))).stream().map(r -> r.getBodyAsString()).toList();
    assertThat(bodies).hasSize(2);
    JsonNode sent = json.readTree(bodies.get(1));
    JsonNode assistant = sent.path("messages").get(1);
    assertThat(assistant.path("role").asText()).isEqualTo("assistant");
    assertThat(assistant.path("content").get(0).path("type").asText()).isEqualTo("thinking");
    // before, the turn held the tool_use block alone, which Anthropic refuses when thinking is on
    assertThat(assistant.path("content").get(0).path("thinking").asText()).isEqualTo("I should look order 42 up.");
    assertThat(assistant.path("content").get(0).path("signature").asText()).isEqualTo("sig-42");
    assertThat(assistant.path("content").get(1).path("type").asText()).isEqualTo("tool_use");
  }
}
