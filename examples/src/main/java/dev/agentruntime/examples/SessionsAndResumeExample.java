package dev.agentruntime.examples;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.context.TokenWindowPolicy;
import dev.agentruntime.core.session.SessionEntry;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.pricing.PricingCatalog;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.store.jdbc.JdbcStores;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sessions and durable runs on the embedded H2 file store: two turns of one conversation (the
 * second sees the first), then a run whose process "dies" right after opening a ticket, resumed
 * by a fresh runtime on the same database file — the ticket is not opened twice. Run with
 * {@code mvn -B -q -pl examples exec:java -Dexample.main=dev.agentruntime.examples.SessionsAndResumeExample}.
 *
 * <p>The crash here is simulated in-process (an {@link Error} no one catches, after the tool ran
 * and before the step was checkpointed); {@code DurableCrashTest} in {@code agent-store-jdbc} does
 * the same with SIGKILL on a child JVM.
 */
public final class SessionsAndResumeExample {

  /** Stands in for the process dying. */
  static final class PowerCut extends Error {
    private static final long serialVersionUID = 1L;

    PowerCut() {
      super("power cut (simulated)");
    }
  }

  private SessionsAndResumeExample() {}

  /**
   * @param args optional: the directory for the H2 database (default: a new temp dir)
   * @throws IOException when the temp dir cannot be created
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("agent-runtime-example");
    run(System.out, dir);
  }

  private static AgentRuntime runtime(String baseUrl, SupportDesk desk, JdbcStores stores, AgentInterceptor extra,
      CostTracker cost) {
    OpenAiChatModel chat = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("demo").modelName("gpt-4o-mini")
        .maxRetries(0).timeout(Duration.ofSeconds(10)).build();
    AgentRuntime.Builder b = AgentRuntime.builder()
        .agentName("support-agent")
        .model(LangChain4jModelClient.of(chat))
        .systemPrompt("You are a concise customer-support agent.")
        .tools(desk.tools())
        .idempotencyStore(stores.idempotency())
        .interceptor(cost) // with its per-attempt partner
        // the conversation sent is kept within gpt-4o-mini's window, as the pricing catalog gives it
        .interceptor(SessionInterceptor.builder(stores.sessions())
            .contextPolicy(TokenWindowPolicy.builder().model("gpt-4o-mini", PricingCatalog.bundled()).build())
            .build())
        .interceptor(DurableRuns.builder(stores.checkpoints(), stores.idempotency()).build());
    if (extra != null) {
      b.interceptor(extra);
    }
    return b.build();
  }

  /**
   * @param out where to print
   * @param dir the directory of the H2 database
   * @return the tickets the desk opened (1)
   */
  public static int run(PrintStream out, Path dir) {
    SupportDesk desk = new SupportDesk();
    try (EmbeddedOpenAiServer server = new EmbeddedOpenAiServer()
        .thenToolCalls(List.of(Map.entry("lookup_order", "{\"order_id\":\"1042\"}")), 180, 0, 14)
        .thenAnswer("Order 1042 (noise-cancelling headphones) shipped on Monday and arrives tomorrow.", 260, 128, 22)
        .thenAnswer("You asked about order 1042, the headphones: they arrive tomorrow.", 320, 256, 18)
        .thenToolCalls(List.of(Map.entry("create_ticket",
            "{\"order_id\":\"1042\",\"summary\":\"customer wants delivery to a neighbour\"}")), 360, 256, 30)
        .thenAnswer("I opened a ticket for order 1042: the courier will deliver to your neighbour.", 420, 256, 25)
        .start()) {
      RunOptions chat7 = RunOptions.builder().sessionId("chat-7").userId("jane").tenantId("acme").build();

      out.println("-- a conversation in session chat-7 (H2 file store in " + dir + ")");
      try (JdbcStores stores = JdbcStores.h2(dir);
          AgentRuntime runtime = runtime(server.baseUrl(), desk, stores, null, tracker())) {
        say(out, "Where is my order 1042?", runtime.run("Where is my order 1042?", chat7));
        say(out, "What did I just ask you about?", runtime.run("What did I just ask you about?", chat7));
        List<SessionEntry> log = stores.sessions().read("chat-7");
        out.println("   session chat-7 holds " + log.size() + " messages (seq 0.." + (log.size() - 1) + ")");
      }

      out.println();
      out.println("-- a durable run whose process dies right after opening a ticket");
      AgentInterceptor powerCut = new AgentInterceptor() {
        @Override
        public ToolResult aroundToolCall(ToolChain chain) throws Exception {
          ToolResult r = chain.proceed(chain.call());
          if (chain.call().name().equals("create_ticket")) {
            throw new PowerCut(); // the tool ran; the step was not checkpointed yet
          }
          return r;
        }
      };
      String question = "Please have the courier leave order 1042 with my neighbour.";
      RunOptions durable = chat7.toBuilder().runId("run-neighbour-1042").build();
      try (JdbcStores stores = JdbcStores.h2(dir);
          AgentRuntime runtime = runtime(server.baseUrl(), desk, stores, powerCut, tracker())) {
        out.println("customer: " + question);
        runtime.run(question, durable);
      } catch (PowerCut e) {
        out.println("   !! " + e.getMessage() + " — tickets opened so far: " + desk.ticketsCreated());
      }

      out.println("-- a new runtime on the same database file resumes run-neighbour-1042");
      try (JdbcStores stores = JdbcStores.h2(dir);
          AgentRuntime runtime = runtime(server.baseUrl(), desk, stores, null, tracker())) {
        out.println("   unfinished runs: " + stores.checkpoints().unfinished());
        AgentResult r = runtime.resume("run-neighbour-1042");
        out.println("agent:    " + r.output());
        out.println("   " + r.modelCalls().size() + " model calls (1 replayed from the checkpoint), tokens in "
            + r.usage().inputTokens() + " out " + r.usage().outputTokens() + "; tickets opened: "
            + desk.ticketsCreated() + "; model requests sent in all: " + server.requestCount());
        out.println("   cost of the whole run: $" + r.attribute(CostTracker.RUN_COST).orElseThrow().toPlainString()
            + " (the replayed call included, and counted once in the budgets)");
        out.println("   session chat-7 now holds " + stores.sessions().read("chat-7").size() + " messages");
      }
      return desk.ticketsCreated();
    }
  }

  /** A new process's cost tracker: a $0.05 budget per run. */
  private static CostTracker tracker() {
    return CostTracker.builder().budget(Budget.perRun("0.05")).build();
  }

  private static void say(PrintStream out, String question, AgentResult r) {
    out.println("customer: " + question);
    out.println("agent:    " + r.output());
  }
}
