package dev.agentruntime.store.jdbc;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.checkpoint.InDoubtHandler;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process {@link DurableCrashTest} kills: a two-tool agent (a side-effecting refund, a
 * read-only lookup) over the real LangChain4j OpenAI client against WireMock, with JDBC
 * checkpoint and idempotency stores on PostgreSQL.
 *
 * <p>Arguments: {@code run|resume <runId> <crashPoint|none> <openAiBaseUrl> <jdbcUrl> <effectsFile>}.
 * At the crash point it prints {@code AT <point>} and waits to be killed.
 */
public final class CrashChild {
  private CrashChild() {}

  static void hang(String point) throws InterruptedException {
    System.out.println("AT " + point);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /**
   * @param args see the class comment
   * @throws Exception on failure (exit code 1)
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String runId = args[1];
    String crash = args[2];
    String baseUrl = args[3];
    String jdbcUrl = args[4];
    Path effects = Path.of(args[5]);

    Tool refund = Tool.builder("refund").sideEffecting(true)
        .description("Refunds an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"order\":{\"type\":\"integer\"}},\"required\":[\"order\"]}")
        .handler(inv -> {
          String key = dev.agentruntime.core.idempotency.IdempotencyKeys.of(runId, inv.call());
          try (FileChannel ch = FileChannel.open(effects, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(("refund " + key + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
          }
          if (crash.equals("during-tool")) {
            hang(crash);
          }
          return "refund R-" + inv.arguments().getLong("order") + " done";
        }).build();
    Tool lookup = Tool.builder("lookup").description("Looks up an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"order\":{\"type\":\"integer\"}},\"required\":[\"order\"]}")
        .handler(inv -> "order " + inv.arguments().getLong("order") + " status: refunded").build();

    AtomicInteger modelCalls = new AtomicInteger();
    AgentInterceptor crasher = new AgentInterceptor() {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        if (modelCalls.incrementAndGet() == 2 && crash.equals("during-model")) {
          System.out.println("AT " + crash); // the HTTP request is in flight when the parent kills us
          System.out.flush();
        }
        return chain.proceed(chain.request());
      }

      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        boolean isRefund = chain.call().name().equals("refund");
        if (isRefund && crash.equals("before-tool")) {
          hang(crash);
        }
        ToolResult r = chain.proceed(chain.call());
        if (isRefund && crash.equals("after-tool")) {
          hang(crash); // the tool ran and its result is in the idempotency store, not yet in the journal
        }
        return r;
      }
    };

    // asks the "downstream system" (the effects file) whether the refund in doubt happened
    InDoubtHandler reconcile = (call, key, run) -> {
      boolean done = Files.exists(effects) && Files.readAllLines(effects).contains("refund " + key);
      return done ? InDoubtHandler.Resolution.result(ToolResult.success("refund R-42 done"))
          : InDoubtHandler.Resolution.rerun();
    };

    OpenAiChatModel chat = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("test-key").modelName("gpt-4o-mini")
        .maxRetries(0).timeout(Duration.ofSeconds(20)).build();
    // budgets in this process's memory: what a resumed run spends, replayed calls included
    CostTracker cost = CostTracker.builder().budget(Budget.globalDaily("1").named("all")).budget(Budget.perRun("0.5"))
        .build();
    try (JdbcStores stores = JdbcStores.builder().jdbcUrl(jdbcUrl).username("postgres").maximumPoolSize(4).build();
        AgentRuntime runtime = AgentRuntime.builder()
            .model(LangChain4jModelClient.of(chat))
            .systemPrompt("You are a support agent.")
            .tools(refund, lookup)
            .resilience(ResiliencePolicy.none())
            .idempotencyStore(stores.idempotency())
            .interceptor(cost)
            .interceptor(DurableRuns.builder(stores.checkpoints(), stores.idempotency()).inDoubtHandler(reconcile).build())
            .interceptor(crasher)
            .build()) {
      AgentResult r = mode.equals("resume") ? runtime.resume(runId)
          : runtime.run("Please refund order 42 and tell me its status.", RunOptions.builder().runId(runId).build());
      System.out.println("RESULT " + r.output());
      System.out.println("USAGE " + r.usage().inputTokens() + " " + r.usage().outputTokens());
      System.out.println("MODELCALLS " + r.modelCalls().size());
      System.out.println("COST " + r.attribute(CostTracker.RUN_COST).orElseThrow().toPlainString());
      CounterState all = cost.budgetState("all", "*");
      System.out.println("BUDGET " + all.usedNanos() + " " + all.reservedNanos());
      System.out.flush();
    }
  }
}
