package dev.agentruntime.examples;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.UnknownModelPolicy;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.pricing.ModelPrice;
import dev.agentruntime.guardrails.Guardrails;
import dev.agentruntime.guardrails.GuardrailsInterceptor;
import dev.agentruntime.guardrails.tools.ToolPolicyGuardrail;
import dev.agentruntime.sandbox.CodeInterpreterTool;
import dev.agentruntime.sandbox.CodeSandbox;
import dev.agentruntime.sandbox.SandboxUnavailableException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The customer-support agent, as a support team would run it: the runtime's own tool-calling loop
 * over a real LangChain4j OpenAI client, with tools to search the knowledge base, look up an order
 * and open a ticket (side-effecting, idempotent), step and tool-call limits, retries that honour
 * Retry-After, and a readable transcript.
 *
 * <p>Without {@code OPENAI_API_KEY} it talks to an embedded OpenAI-compatible server scripted to
 * answer a multi-step conversation and to fail once with 429 and once with 500, so the output
 * shows the retries. Run it with {@code mvn -B -q -pl examples exec:java}.
 */
public final class Main {

  /** The customer's message. */
  public static final String QUESTION =
      "Hi, my order 1042 still hasn't arrived. What is your shipping policy, and can you open a ticket?"
          + " You can reach me at jane.doe@example.com.";

  static final String SYSTEM_PROMPT = "You are the support agent of an online shop. Use the tools to check"
      + " policies and orders; open a ticket when a delivery is late. Be brief and friendly.";

  private Main() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    int code = run(System.out, System.getenv());
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the example.
   *
   * @param out where to print the transcript
   * @param env the environment ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_MODEL})
   * @return the exit code: 0 when the agent answered
   */
  public static int run(PrintStream out, Map<String, String> env) {
    SupportDesk desk = new SupportDesk();
    try (OpenAiEndpoint endpoint = OpenAiEndpoint.from(env, Main::script)) {
      out.println("agent-runtime support agent");
      out.println("model: " + endpoint.describe());
      out.println();
      out.println("customer: " + QUESTION);
      out.println();

      Transcript transcript = new Transcript(out);
      CodeSandbox sandbox = sandbox(out);
      out.println();
      AgentRuntime.Builder builder = AgentRuntime.builder()
          .agentName("support-agent")
          .model(endpoint.modelClient())
          .tools(desk.tools())
          .tools(sandbox == null ? List.of() : List.of(new CodeInterpreterTool(sandbox)))
          .systemPrompt(SYSTEM_PROMPT)
          .limits(RunLimits.builder()
              .maxSteps(8)
              .maxToolCalls(12)
              .maxToolCalls("create_ticket", 1)
              .maxDuration(Duration.ofMinutes(2))
              .build())
          .resilience(ResiliencePolicy.builder()
              .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(200), Duration.ofSeconds(4)))
              .build())
          .interceptor(transcript);
      // agent-telemetry: the console run tree (spans, tokens, cost, retries, guardrail
      // decisions), and OTLP export when the OTEL_* environment variables ask for it
      try (ExampleTelemetry telemetry = ExampleTelemetry.create(out, env);
          AgentRuntime runtime = withModules(builder.interceptor(telemetry.interceptor())).build()) {
        AgentResult result = runtime.run(QUESTION, RunOptions.builder()
            .sessionId("demo-session").userId("customer-1042").build());
        transcript.summary(result);
        out.println("cost: $" + result.attribute(CostTracker.RUN_COST).map(c -> c.toPlainString()).orElse("?"));
        out.println("tickets created: " + desk.ticketsCreated());
        return 0;
      } finally {
        if (sandbox != null) {
          sandbox.close();
        }
      }
    } catch (AgentRuntimeException e) {
      out.println();
      out.println("run failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Where the other modules plug in. Each adds its interceptor; the builder orders them by stage,
   * so the order of these lines does not matter.
   *
   * @param builder the runtime builder
   * @return the builder
   */
  static AgentRuntime.Builder withModules(AgentRuntime.Builder builder) {
    // agent-guardrails: PII replaced by reversible tokens before the model sees it (restored in
    // the answer and in tool arguments), secrets redacted, prompt injection blocked in input and
    // tool results, and only the desk's tools allowed
    builder.interceptor(GuardrailsInterceptor.builder()
        .chain(Guardrails.defaults()
            .add(ToolPolicyGuardrail.builder()
                .allow("search_knowledge_base", "lookup_order", "create_ticket", CodeInterpreterTool.NAME)
                .maxCallsPerRun("create_ticket", 1)
                .build())
            .build())
        .build());
    // agent-cost: price every call, stop the run at $0.05, alert at 50/80/100% of it
    builder.interceptor(costTracker());
    return builder;
  }

  /**
   * agent-sandbox: a code interpreter in bubblewrap namespaces, offered to the agent when this
   * host has bubblewrap (the scripted conversation does not use it; a real model may).
   *
   * @param out where to report the isolation in force
   * @return the sandbox, or null when this host cannot isolate code
   */
  static CodeSandbox sandbox(PrintStream out) {
    try {
      CodeSandbox sandbox = CodeSandbox.builder().build();
      out.println("sandbox: " + sandbox.isolation().summary());
      return sandbox;
    } catch (SandboxUnavailableException e) {
      out.println("sandbox: not offered (" + e.getMessage() + ")");
      return null;
    }
  }

  /** The cost tracker: bundled prices, unknown models (a local Ollama...) priced like gpt-4o-mini. */
  static CostTracker costTracker() {
    return CostTracker.builder()
        .budget(Budget.perRun("0.05"))
        .unknownModelPolicy(UnknownModelPolicy.defaultPrice(
            ModelPrice.of("default", "unknown", "0.15", "0.60")))
        .build();
  }

  /**
   * The embedded server's side of the conversation: a rate limit, two tool steps (with a server
   * error in between), then the answer.
   *
   * @param server the server to script
   */
  static void script(EmbeddedOpenAiServer server) {
    server
        .thenFail(429, "1", "Rate limit reached for gpt-4o-mini on requests per min (RPM). Please try again in 1s.")
        .thenToolCalls(List.of(
            Map.entry("search_knowledge_base", "{\"query\":\"shipping policy\"}"),
            Map.entry("lookup_order", "{\"order_id\":\"1042\"}")), 412, 0, 38)
        .thenFail(500, null, "The server had an error while processing your request. Sorry about that!")
        .thenToolCalls(List.of(
            Map.entry("create_ticket",
                "{\"order_id\":\"1042\",\"summary\":\"Not delivered after 9 business days; last scan at regional depot\"}")),
            640, 384, 41)
        .thenAnswer("I'm sorry your headphones are late! Standard delivery takes 3-5 business days and your"
            + " order 1042 shipped 9 business days ago (tracking PC-88213, last seen at the regional depot)."
            + " I've opened ticket T-4711 with our carrier team; if the parcel doesn't turn up, we'll reship"
            + " it for free.", 733, 512, 96);
  }
}
