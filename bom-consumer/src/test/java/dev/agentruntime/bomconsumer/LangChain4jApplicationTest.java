package dev.agentruntime.bomconsumer;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.langchain4j.LangChain4jRuntime;
import dev.agentruntime.testing.openai.OpenAiMockServer;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A stock LangChain4j application that added agent-runtime through its BOM: its unchanged
 * {@code AiServices} agent runs on a real OpenAI client against the agent-testing kit, and the
 * in-memory telemetry sees the run. Written with the imports the README lists.
 */
class LangChain4jApplicationTest {

  interface Assistant {
    String chat(String message);
  }

  static final class OrderTools {
    @Tool("Looks up the status of an order")
    String lookupOrder(String orderId) {
      return "order " + orderId + ": shipped";
    }
  }

  @Test
  void theApplicationsAgentRunsUnderTheRuntimeAndIsTraced() {
    try (OpenAiMockServer openAi = OpenAiMockServer.start();
        InMemoryTelemetry telemetry = InMemoryTelemetry.create();
        AgentRuntime runtime = AgentRuntime.builder().agentName("shop").interceptor(telemetry.interceptor()).build()) {
      openAi.thenToolCall("lookupOrder", "{\"orderId\":\"42\"}").thenAnswer("Order 42 has shipped.");
      OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(openAi.baseUrl()).apiKey("test")
          .modelName("gpt-4o-mini").maxRetries(0).timeout(Duration.ofSeconds(10)).build();
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(model))
          .tools(lc.tools(new OrderTools()))
          .chatMemory(MessageWindowChatMemory.withMaxMessages(10))
          .build();

      String answer = runtime.run("Where is order 42?", (in, ctx) -> assistant.chat(in)).output();

      assertThat(answer).isEqualTo("Order 42 has shipped.");
      assertThat(openAi.requestCount()).isEqualTo(2);
      assertThat(telemetry).hasSpan("execute_tool lookupOrder").withParent("invoke_agent shop");
      assertThat(telemetry.spans("chat gpt-4o-mini")).hasSize(2);
    }
  }
}
