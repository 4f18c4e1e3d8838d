package dev.agentruntime.examples;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.langchain4j.LangChain4jRuntime;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Wrapping an existing LangChain4j {@code AiServices} agent — its own tool loop and memory stay as
 * they are; only its model and tools are decorated. Run with
 * {@code mvn -B -q -pl examples exec:java -Dexample.main=dev.agentruntime.examples.AiServicesExample}.
 */
public final class AiServicesExample {
  static final String QUESTION = "Was order 1043 delivered, and can I still return it?";

  /** The team's existing LangChain4j agent. */
  interface SupportAgent {
    @SystemMessage(Main.SYSTEM_PROMPT)
    String chat(String message);
  }

  private AiServicesExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * @param out where to print
   * @param env the environment
   * @return the final answer
   */
  public static String run(PrintStream out, Map<String, String> env) {
    SupportDesk desk = new SupportDesk();
    try (OpenAiEndpoint endpoint = OpenAiEndpoint.from(env, AiServicesExample::script);
        AgentRuntime runtime = AgentRuntime.builder()
            .agentName("aiservices-agent")
            .resilience(ResiliencePolicy.builder()
                .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2)))
                .build())
            .interceptor(new Transcript(out))
            .build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      // the existing agent, with two decorated parts
      SupportAgent agent = AiServices.builder(SupportAgent.class)
          .chatModel(lc.decorate(endpoint.chatModel()))          // was: .chatModel(chatModel)
          .tools(lc.tools(desk.langChain4jTools()))              // was: .tools(new SupportTools())
          .chatMemory(MessageWindowChatMemory.withMaxMessages(20))
          .build();

      out.println("customer: " + QUESTION);
      AgentResult result = runtime.run(QUESTION, (input, ctx) -> agent.chat(input));
      out.println("answer: " + result.output());
      out.println(result.modelCalls().size() + " model calls, " + result.toolCalls().size() + " tool calls, "
          + Transcript.tokens(result.usage()));
      return result.output();
    }
  }

  static void script(EmbeddedOpenAiServer server) {
    server
        .thenFail(500, null, "The server had an error while processing your request.")
        .thenToolCalls(List.of(
            Map.entry("lookup_order", "{\"orderId\":\"1043\"}"),
            Map.entry("search_knowledge_base", "{\"query\":\"returns\"}")), 230, 0, 30)
        .thenAnswer("Order 1043 was delivered 2 days ago, and yes: you can return it within 30 days"
            + " for a full refund.", 301, 128, 24);
  }
}
