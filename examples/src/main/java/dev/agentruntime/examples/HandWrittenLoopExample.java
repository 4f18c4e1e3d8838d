package dev.agentruntime.examples;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wrapping a hand-written agent loop: the loop stays yours, it just calls the model and the tools
 * through the run context ({@code ctx.model()}, {@code ctx.tools()}), so every call is traced,
 * limited and retried. Run with
 * {@code mvn -B -q -pl examples exec:java -Dexample.main=dev.agentruntime.examples.HandWrittenLoopExample}.
 */
public final class HandWrittenLoopExample {
  static final String QUESTION = "Has my order 1043 been delivered?";

  private HandWrittenLoopExample() {}

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
    try (OpenAiEndpoint endpoint = OpenAiEndpoint.from(env, HandWrittenLoopExample::script);
        AgentRuntime runtime = AgentRuntime.builder()
            .agentName("hand-written-loop")
            .model(endpoint.modelClient())
            .tools(desk.tools())
            .interceptor(new Transcript(out))
            .build()) {
      out.println("customer: " + QUESTION);
      AgentResult result = runtime.run(QUESTION, (input, ctx) -> {
        // ---- your loop, unchanged except that it calls ctx.model() and ctx.tools() ----
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(new SystemMessage(Main.SYSTEM_PROMPT));
        messages.add(new UserMessage(input));
        for (int turn = 0; turn < 5; turn++) {
          ModelResponse r = ctx.model().chat(ModelRequest.builder().messages(messages).tools(ctx.toolSpecs()).build());
          messages.add(r.message());
          if (!r.message().hasToolCalls()) {
            return r.text();
          }
          for (ToolCall call : r.message().toolCalls()) {
            ToolResult tr = ctx.tools().call(call);
            messages.add(new ToolResultMessage(call.id(), call.name(), tr.content(), tr.isError()));
          }
        }
        return "Sorry, I could not finish.";
      });
      out.println("answer: " + result.output());
      out.println(result.modelCalls().size() + " model calls, " + result.toolCalls().size() + " tool calls, "
          + Transcript.tokens(result.usage()));
      return result.output();
    }
  }

  static void script(EmbeddedOpenAiServer server) {
    server
        .thenToolCalls(List.of(Map.entry("lookup_order", "{\"order_id\":\"1043\"}")), 210, 0, 18)
        .thenAnswer("Yes: order 1043 (2 USB-C cables) was delivered 2 days ago.", 262, 128, 17);
  }
}
