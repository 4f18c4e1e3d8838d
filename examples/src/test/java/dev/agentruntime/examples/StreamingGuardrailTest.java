package dev.agentruntime.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.guardrails.GuardrailChain;
import dev.agentruntime.guardrails.GuardrailsInterceptor;
import dev.agentruntime.guardrails.pii.PiiGuardrail;
import dev.agentruntime.guardrails.pii.RedactionStyle;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Output guardrails on streamed text: the real OpenAI streaming client against WireMock. */
class StreamingGuardrailTest {
  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

  @AfterEach
  void stop() {
    server.stop();
  }

  private static String chunk(String text, String finish) {
    String delta = text == null ? "{}" : "{\"content\":\"" + text + "\"}";
    return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
        + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
        + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
  }

  @Test
  void anEmailSplitAcrossTwoDeltasIsRedactedBeforeListenersSeeIt() {
    server.start();
    String body = chunk("Sure! Please write to our agent jane.d", null)
        + chunk("oe@example.com and mention your order number in the subject line of the mail.", null)
        + chunk(" We usually answer within one business day.", null)
        + chunk(null, "stop") + "data: [DONE]\n\n";
    server.stubFor(post(urlEqualTo("/v1/chat/completions"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
    OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
        .baseUrl("http://127.0.0.1:" + server.port() + "/v1").apiKey("test").modelName("gpt-4o-mini")
        .timeout(Duration.ofSeconds(10)).build();
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(model))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .interceptor(GuardrailsInterceptor.builder()
            .chain(GuardrailChain.builder()
                .add(PiiGuardrail.builder().style(RedactionStyle.PLACEHOLDER).build(), GuardrailPoint.OUTPUT).build())
            .restoreTokensInOutput(false)
            .build())
        .listener(events::add)
        .build()) {
      AgentResult r = rt.run("How do I reach support?");
      String streamed = events.stream().filter(e -> e instanceof TextDelta)
          .map(e -> ((TextDelta) e).text()).collect(Collectors.joining());
      assertThat(streamed).doesNotContain("jane.d").doesNotContain("example.com").contains("<EMAIL");
      assertThat(streamed).startsWith("Sure! Please write to our agent ").endsWith("within one business day.");
      assertThat(r.output()).doesNotContain("jane.doe@example.com").contains("<EMAIL");
      assertThat(events.stream().filter(e -> e instanceof TextDelta).count()).isGreaterThan(1);
    }
  }
}
