package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.langchain4j.LangChain4jRuntime;
import dev.agentruntime.testing.openai.OpenAiMockServer;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code AiServices} agent that runs its tools concurrently (on LangChain4j's own executor) still
 * calls them in the run: recorded, limited and traced under the run span.
 */
class ConcurrentAiServicesToolsTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  interface Assistant {
    String chat(String message);
  }

  static final class Tools {
    final AtomicInteger calls = new AtomicInteger();

    @Tool("Looks up an order")
    String lookupOrder() {
      calls.incrementAndGet();
      return "order 1042: shipped";
    }

    @Tool("Looks up a customer")
    String lookupCustomer() {
      calls.incrementAndGet();
      return "customer 7: Bob";
    }
  }

  @Test
  void toolsAiServicesRunsConcurrentlyAreCalledInTheRunAndTracedUnderIt() throws Exception {
    try (OpenAiMockServer server = OpenAiMockServer.start()) {
      server.thenToolCalls(java.util.List.of(java.util.Map.entry("lookupOrder", "{}"), java.util.Map.entry("lookupCustomer", "{}"))).thenAnswer("Shipped.");
      OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("k")
          .modelName("gpt-4o-mini").maxRetries(0).build();
      Tools tools = new Tools();
      try (AgentRuntime runtime = AgentRuntime.builder().agentName("support")
          .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
        LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
        Assistant assistant = AiServices.builder(Assistant.class)
            .chatModel(lc.decorate(model))
            .tools(lc.tools(tools))
            .executeToolsConcurrently()
            .build();
        AgentResult r = runtime.run("Where is order 1042?", (in, ctx) -> assistant.chat(in));
        assertThat(r.output()).isEqualTo("Shipped.");
        assertThat(tools.calls).hasValue(2);
        assertThat(r.toolCalls()).as("the agent's tool call is recorded in the run").hasSize(2);
      }
      SpanData run = telemetry.span("invoke_agent support");
      SpanData tool = telemetry.span("execute_tool lookupOrder");
      assertThat(tool.getTraceId()).isEqualTo(run.getTraceId());
      assertThat(tool.getParentSpanId()).isEqualTo(run.getSpanId());
    }
  }
}
