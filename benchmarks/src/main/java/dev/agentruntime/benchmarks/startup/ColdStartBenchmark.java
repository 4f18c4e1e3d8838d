package dev.agentruntime.benchmarks.startup;

import dev.agentruntime.benchmarks.support.DiscardingSpanExporter;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolArguments;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.guardrails.Guardrails;
import dev.agentruntime.guardrails.GuardrailsInterceptor;
import dev.agentruntime.telemetry.AgentTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * #14.6: the first run of a fresh runtime in a fresh JVM (bar: under 300 ms with default
 * settings). Single shot, no warm-up, every measurement in its own forked JVM, so each score is a
 * true first run: class loading, the runtime's build and one run of two steps (a tool call, then
 * the answer) against a scripted model.
 *
 * <ul>
 *   <li>{@code baseline}: the same two model calls and the tool call by hand, without the runtime
 *       (loads the scripted model, the tool and its JSON arguments: what any caller pays);
 *   <li>{@code core}: {@code AgentRuntime.builder().model(..).tools(..).build()} and its first run
 *       (default limits, retries, circuit breaker);
 *   <li>{@code withModules}: plus the default guardrail chain, a cost tracker with a budget (the
 *       bundled pricing catalog) and OpenTelemetry tracing through the SDK, as the README's
 *       example wires them.
 * </ul>
 *
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  private static final ModelInfo MODEL = new ModelInfo("openai", "gpt-4o-mini", "api.openai.com", 443);
  private static final String QUESTION = "Where is my order 1042? Reach me at jane.doe@example.com.";

  private static ScriptedModelClient model() {
    return ScriptedModelClient.builder().info(MODEL)
        .thenCallTool("lookup_order", "{\"order\":\"1042\"}")
        .thenRespond("Order 1042 ships tomorrow.")
        .build();
  }

  private static Tool lookupOrder() {
    return Tool.builder("lookup_order")
        .description("Looks up an order")
        .parameters("{\"type\":\"object\",\"properties\":{\"order\":{\"type\":\"string\"}},\"required\":[\"order\"]}")
        .handler(inv -> "order " + inv.arguments().getString("order", "?") + ": shipped")
        .build();
  }

  /**
   * @return the answer, after the same calls the runtime makes, by hand
   * @throws Exception never
   */
  @Benchmark
  public String baseline() throws Exception {
    ScriptedModelClient model = model();
    ModelResponse first = model.chat(ModelRequest.of(new UserMessage(QUESTION)));
    String args = first.message().toolCalls().get(0).arguments();
    Tool tool = lookupOrder();
    String result = "order " + ToolArguments.parse(tool.spec().name(), args, null).getString("order", "?")
        + ": shipped";
    ModelResponse second = model.chat(ModelRequest.of(new UserMessage(QUESTION + result)));
    return second.text();
  }

  /** @return the first run's answer */
  @Benchmark
  public String core() {
    try (AgentRuntime runtime = AgentRuntime.builder().model(model()).tools(lookupOrder()).build()) {
      AgentResult r = runtime.run(QUESTION);
      return r.output();
    }
  }

  /** @return the first run's answer */
  @Benchmark
  public String withModules() {
    SdkTracerProvider tracing = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(new DiscardingSpanExporter())).build();
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(tracing).build();
        AgentTelemetry telemetry = AgentTelemetry.builder().openTelemetry(otel).build();
        AgentRuntime runtime = AgentRuntime.builder().model(model()).tools(lookupOrder())
            .interceptor(telemetry)
            .interceptor(GuardrailsInterceptor.builder().chain(Guardrails.defaults().build()).build())
            .interceptor(CostTracker.builder().budget(Budget.perRun("0.05")).build())
            .build()) {
      return runtime.run(QUESTION).output();
    }
  }
}
