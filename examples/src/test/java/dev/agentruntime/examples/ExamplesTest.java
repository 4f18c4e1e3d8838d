package dev.agentruntime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs each example end to end against its embedded server and checks what it printed. */
class ExamplesTest {

  private static String capture(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainRunsTheSupportAgentWithRetriesToolsAndTokens() {
    int[] code = new int[1];
    String out = capture(o -> code[0] = Main.run(o, Map.of())); // no OPENAI_API_KEY: embedded server

    assertThat(code[0]).isZero();
    assertThat(out)
        .contains("model: embedded OpenAI-compatible server at http://127.0.0.1:")
        .contains("customer: " + Main.QUESTION)
        .contains("failed (429); retrying in 1000 ms")          // Retry-After: 1 honoured
        .contains("failed (500); retrying in")
        .contains("wants tool  search_knowledge_base {\"query\":\"shipping policy\"}")
        .contains("wants tool  lookup_order {\"order_id\":\"1042\"}")
        .contains("tool lookup_order    -> order 1042: 1x Noise-cancelling headphones")
        .contains("tool create_ticket   -> Ticket T-4711 opened for order 1042")
        .contains("tokens in 640 (cached 384) out 41")
        .contains("answer: I'm sorry your headphones are late!")
        .contains("3 steps, 3 model calls, 3 tool calls, tokens in 1785 (cached 896) out 175")
        .contains("tickets created: 1")
        // the other modules at work: guardrails redacted the e-mail before the model saw it,
        // the console telemetry printed the run tree, the cost tracker priced the run
        .contains("guardrail   pii at input: rewrite (redacted 1 EMAIL)")
        .contains("invoke_agent support-agent")
        .contains("├─ execute_tool create_ticket")
        .containsPattern("cost: \\$0\\.000[0-9]+")
        .containsPattern("sandbox: (NAMESPACES|not offered)");
    // the retries come before the answers they led to
    assertThat(out.indexOf("failed (429)")).isLessThan(out.indexOf("wants tool  lookup_order"));
    assertThat(out.indexOf("failed (500)")).isLessThan(out.indexOf("wants tool  create_ticket"));
  }

  @Test
  void mainExportsToTheCollectorNamedByTheStandardOtelVariables() {
    com.github.tomakehurst.wiremock.WireMockServer collector = new com.github.tomakehurst.wiremock.WireMockServer(
        com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    collector.start();
    try {
      collector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
          com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
          com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
      Map<String, String> env = Map.of(
          "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.port(),
          "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
          "OTEL_SERVICE_NAME", "shop-support-agent");
      int[] code = new int[1];
      String out = capture(o -> code[0] = Main.run(o, env));

      assertThat(code[0]).isZero();
      assertThat(out).contains("invoke_agent support-agent"); // the console tree still prints
      var traces = collector.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
          com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/traces")));
      assertThat(traces).isNotEmpty();
      String body = new String(traces.get(0).getBody(), StandardCharsets.ISO_8859_1);
      // OTLP protobuf carries strings as UTF-8 bytes: the service name and the agent span are there
      assertThat(body).contains("shop-support-agent").contains("invoke_agent support-agent");
    } finally {
      collector.stop();
    }
  }

  @Test
  void handWrittenLoopExampleAnswersThroughTheRuntime() {
    String[] answer = new String[1];
    String out = capture(o -> answer[0] = HandWrittenLoopExample.run(o, Map.of()));
    assertThat(answer[0]).isEqualTo("Yes: order 1043 (2 USB-C cables) was delivered 2 days ago.");
    assertThat(out).contains("tool lookup_order    -> order 1043: 2x USB-C cables, delivered 2 days ago")
        .contains("2 model calls, 1 tool calls, tokens in 472 (cached 128) out 35");
  }

  @Test
  void aiServicesExampleIsTracedRetriedAndRecorded() {
    String[] answer = new String[1];
    String out = capture(o -> answer[0] = AiServicesExample.run(o, Map.of()));
    assertThat(answer[0]).startsWith("Order 1043 was delivered 2 days ago");
    assertThat(out).contains("failed (500); retrying in")
        .contains("tool lookup_order    -> order 1043")
        .contains("tool search_knowledge_base -> Returns: items can be returned within 30 days")
        .contains("2 model calls, 2 tool calls, tokens in 531 (cached 128) out 54");
  }

  @Test
  void mcpFilesystemExampleWithholdsThePlantedInjection() {
    java.util.Optional<String>[] answer = new java.util.Optional[1];
    String out = capture(o -> answer[0] = McpFilesystemExample.run(o, Map.of()));
    org.junit.jupiter.api.Assumptions.assumeTrue(answer[0].isPresent(),
        "node or the MCP reference servers are not installed (npm ci --prefix agent-mcp/mcp-servers): " + out);
    assertThat(out)
        .contains("MCP tools: [files__read_text_file] (circuit mcp:files)")
        .contains("tool files__read_text_file -> Order 1042: noise-cancelling headphones")
        .contains("guardrail   prompt_injection at tool_result: block")
        .contains("model saw   files__read_text_file -> Order 1042: noise-cancelling headphones")
        .contains("model saw   files__read_text_file -> ERROR The result of tool 'files__read_text_file' was withheld")
        .contains("tool calls: 2, withheld by a guardrail: 1");
    assertThat(out.substring(out.indexOf("model saw"))).doesNotContain("developer mode");
    assertThat(answer[0].get()).contains("TRK-88");
  }
}
