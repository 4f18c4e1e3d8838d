package dev.agentruntime.benchmarks.langchain4j;

import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.examples.SupportDesk;
import dev.agentruntime.langchain4j.LangChain4jRuntime;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The support agent as a LangChain4j {@code AiServices} agent against an in-process model with
 * zero latency: one full agent run = 2 model calls (a tool request, then the answer) and 1 tool
 * call. {@code plainAiServices} is the agent without agent-runtime (the baseline);
 * {@code decoratedAiServices} is the same agent with its model and tools decorated, run inside
 * {@code runtime.run(...)} with limits, retry + circuit breaker and a custom interceptor on;
 * {@code fullyDecoratedAiServices} has every decorator on: OpenTelemetry SDK tracing and metrics
 * (batch span processor), the default guardrails (secrets, PII tokens, injection) plus a tool
 * allowlist, and the cost tracker with a per-run budget, as in the example.
 * Overhead per model call = (decorated - plain) / 2; compare it with a 1 ms model call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// the decorated agent runs ten times more code than the plain one: the JIT needs 10-20 s (about
// 50,000 runs on a shared 2-core machine) to reach steady state, so a short warm-up measures
// compilation, not the runtime
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AiServicesOverheadBenchmark {
  static final String QUESTION = "Has my order 1043 been delivered?";

  /** The agent as its team wrote it. */
  interface SupportAgent {
    String chat(String message);
  }

  /** A zero-latency model: asks for lookup_order first, answers once it has the tool result. */
  static final class InstantModel implements ChatModel {
    private final AtomicLong ids = new AtomicLong();

    @Override
    public ChatResponse doChat(ChatRequest request) {
      List<ChatMessage> msgs = request.messages();
      ChatMessage last = msgs.get(msgs.size() - 1);
      long id = ids.incrementAndGet();
      if (last instanceof ToolExecutionResultMessage r) {
        return ChatResponse.builder().aiMessage(AiMessage.from("Delivered: " + r.text()))
            .id("r" + id).modelName("instant").tokenUsage(new TokenUsage(120, 20))
            .finishReason(FinishReason.STOP).build();
      }
      return ChatResponse.builder()
          .aiMessage(AiMessage.from(List.of(ToolExecutionRequest.builder()
              .id("call_" + id).name("lookup_order").arguments("{\"orderId\":\"1043\"}").build())))
          .id("r" + id).modelName("instant").tokenUsage(new TokenUsage(100, 10))
          .finishReason(FinishReason.TOOL_EXECUTION).build();
    }
  }

  /** Stands for a user interceptor (guardrail, cost) that looks at every call. */
  static final class Passthrough implements AgentInterceptor {
    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      return chain.proceed(chain.request());
    }

    @Override
    public ToolResult aroundToolCall(ToolChain chain) throws Exception {
      return chain.proceed(chain.call());
    }
  }

  private SupportAgent plain;
  private SupportAgent decorated;
  private AgentRuntime runtime;
  private AgentLoop loop;
  private AgentRuntime fullRuntime;
  private AgentLoop fullLoop;
  private io.opentelemetry.sdk.OpenTelemetrySdk otel;

  /** Builds both agents. */
  @Setup(Level.Trial)
  public void setUp() {
    SupportDesk desk = new SupportDesk();
    plain = AiServices.builder(SupportAgent.class)
        .chatModel(new InstantModel())
        .tools(desk.langChain4jTools())
        .build();
    runtime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxSteps(8).maxToolCalls(12).maxDuration(Duration.ofMinutes(1)).build())
        .resilience(ResiliencePolicy.defaults())
        .interceptor(new Passthrough())
        .build();
    LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
    decorated = AiServices.builder(SupportAgent.class)
        .chatModel(lc.decorate(new InstantModel()))
        .tools(lc.tools(desk.langChain4jTools()))
        .build();
    SupportAgent agent = decorated;
    loop = (input, ctx) -> agent.chat(input);

    otel = io.opentelemetry.sdk.OpenTelemetrySdk.builder()
        .setTracerProvider(io.opentelemetry.sdk.trace.SdkTracerProvider.builder()
            .addSpanProcessor(io.opentelemetry.sdk.trace.export.BatchSpanProcessor
                .builder(new dev.agentruntime.benchmarks.support.DiscardingSpanExporter()).build())
            .build())
        .setMeterProvider(io.opentelemetry.sdk.metrics.SdkMeterProvider.builder().build())
        .build();
    fullRuntime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxSteps(8).maxToolCalls(12).maxDuration(Duration.ofMinutes(1)).build())
        .resilience(ResiliencePolicy.defaults())
        .interceptor(dev.agentruntime.telemetry.AgentTelemetry.builder().openTelemetry(otel).build())
        .interceptor(dev.agentruntime.guardrails.GuardrailsInterceptor.builder()
            .chain(dev.agentruntime.guardrails.Guardrails.defaults()
                .add(dev.agentruntime.guardrails.tools.ToolPolicyGuardrail.builder()
                    .allow("search_knowledge_base", "lookup_order", "create_ticket").build())
                .build())
            .build())
        .interceptor(dev.agentruntime.cost.CostTracker.builder()
            .budget(dev.agentruntime.cost.budget.Budget.perRun("0.05"))
            .unknownModelPolicy(dev.agentruntime.cost.UnknownModelPolicy.defaultPrice(
                dev.agentruntime.cost.pricing.ModelPrice.of("default", "unknown", "0.15", "0.60")))
            .build())
        .build();
    LangChain4jRuntime full = LangChain4jRuntime.of(fullRuntime);
    SupportAgent fullAgent = AiServices.builder(SupportAgent.class)
        .chatModel(full.decorate(new InstantModel()))
        .tools(full.tools(desk.langChain4jTools()))
        .build();
    fullLoop = (input, ctx) -> fullAgent.chat(input);
  }

  /** Stops the runtime's threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
    fullRuntime.close();
    otel.close();
  }

  /** @return the baseline agent's answer */
  @Benchmark
  public String plainAiServices() {
    return plain.chat(QUESTION);
  }

  /** @return the decorated agent's answer, as one runtime run */
  @Benchmark
  public Object decoratedAiServices() {
    return runtime.run(QUESTION, loop);
  }

  /** @return the fully decorated agent's answer, as one runtime run */
  @Benchmark
  public Object fullyDecoratedAiServices() {
    return fullRuntime.run(QUESTION, fullLoop);
  }

  /**
   * Runs this benchmark with the settings above.
   *
   * @param args ignored
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
        .include(AiServicesOverheadBenchmark.class.getSimpleName())
        .forks(1).warmupIterations(10).measurementIterations(5)
        .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
        .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
        .build()).run();
  }
}
