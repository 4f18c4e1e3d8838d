package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.UnknownModelPriceException;
import dev.agentruntime.cost.plan.ModelNotAllowedException;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.testing.openai.OpenAiMockServer;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * #14.5: what operators read off the metrics is what happened — refusals by our own policies are
 * not provider errors, retries are separate attempts without the backoff, the server address comes
 * from the LangChain4j model, and streamed calls report their time to first chunk.
 */
class HonestMetricsTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  private static ScriptedModelClient answering() {
    return ScriptedModelClient.builder().info(Fixtures.GPT).thenRespond("hello").build();
  }

  @Test
  void aGuardrailBlockIsARefusalNotAFailedModelCall() {
    AgentInterceptor blockingGuardrail = AgentInterceptor.ofModelCall("no-secrets", chain -> {
      throw new GuardrailViolationException(chain.context().runId(), "secrets", "input", "an API key in the prompt");
    });
    ScriptedModelClient model = answering();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none())
        .interceptor(telemetry.interceptor())
        .interceptor(Placement.in(Stage.GUARDRAILS), blockingGuardrail).build()) {
      assertThatThrownBy(() -> runtime.run("my key is sk-...")).isInstanceOf(GuardrailViolationException.class);
    }
    assertThat(model.calls()).isZero();
    assertThat(telemetry).hasSpan("chat gpt-4o").failedWith("guardrail_blocked")
        .and().hasSpan("invoke_agent support").failedWith("guardrail_blocked")
        .and().hasMetric("agent_runtime.policy.refusals")
        .withSum(1, "error.type", "guardrail_blocked", "agent_runtime.policy", "guardrail",
            "gen_ai.operation.name", "chat");
    // counted once, where it happened (not again on the run)
    assertThat(telemetry.sum("agent_runtime.policy.refusals", Attributes.empty())).isEqualTo(1.0);
    // no request reached the provider: nothing in the model latency / error-rate metric
    assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isZero();
  }

  @Test
  void aBudgetRefusalIsCountedAsSuchAndTheProviderErrorRateStaysClean() {
    CostTracker tracker = CostTracker.builder().budget(Budget.globalDaily("0.0000001")).build();
    ScriptedModelClient model = answering();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none())
        .interceptor(telemetry.interceptor()).interceptor(tracker).build()) {
      assertThatThrownBy(() -> runtime.run("a long question ".repeat(50)))
          .isInstanceOf(BudgetExceededException.class);
    }
    assertThat(model.calls()).isZero();
    assertThat(telemetry).hasSpan("chat gpt-4o").failedWith("budget_exceeded")
        .and().hasMetric("agent_runtime.policy.refusals")
        .withSum(1, "error.type", "budget_exceeded", "agent_runtime.policy", "budget");
    assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isZero();
  }

  @Test
  void aModelTheUsagePlanDoesNotAllowIsARefusalNotAFailedModelCall() {
    UsagePlan free = UsagePlan.builder("free").allowModels("gpt-4o-mini").build();
    CostTracker tracker = CostTracker.builder()
        .usagePlans(UsagePlans.builder().defaultPlan(free).build()).build();
    ScriptedModelClient model = answering(); // gpt-4o: not in the plan
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none())
        .interceptor(telemetry.interceptor()).interceptor(tracker).build()) {
      assertThatThrownBy(() -> runtime.run("hello", RunOptions.builder().userId("alice").build()))
          .isInstanceOf(ModelNotAllowedException.class);
    }
    assertThat(model.calls()).isZero();
    assertThat(telemetry).hasSpan("chat gpt-4o").failedWith("model_not_allowed")
        .and().hasMetric("agent_runtime.policy.refusals")
        .withSum(1, "error.type", "model_not_allowed", "agent_runtime.policy", "usage_plan");
    assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isZero();
  }

  @Test
  void aModelWithoutAPriceUnderAStrictCatalogIsARefusal() {
    CostTracker tracker = CostTracker.builder().budget(Budget.globalDaily("10")).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .info(dev.agentruntime.core.model.ModelInfo.of("acme-ai", "no-such-model-7")).thenRespond("hello").build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none())
        .interceptor(telemetry.interceptor()).interceptor(tracker).build()) {
      assertThatThrownBy(() -> runtime.run("hello")).isInstanceOf(UnknownModelPriceException.class);
    }
    assertThat(model.calls()).isZero();
    assertThat(telemetry).hasMetric("agent_runtime.policy.refusals")
        .withSum(1, "error.type", "unknown_model_price", "agent_runtime.policy", "pricing");
    assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isZero();
  }

  @Test
  void aProviderErrorStaysAProviderError() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 500, "boom", null, null)).build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
      assertThatThrownBy(() -> runtime.run("hi")).isInstanceOf(ModelCallException.class);
    }
    assertThat(telemetry).hasMetric("gen_ai.client.operation.duration").withCount(1, "error.type", "500");
    assertThat(telemetry.metrics("agent_runtime.policy.refusals")).isEmpty();
    // one attempt: no attempt spans
    assertThat(telemetry.spanNames()).noneMatch(n -> n.startsWith("attempt"));
  }

  @Test
  void eachRetryIsItsOwnAttemptSpanAndTheBackoffStaysOutOfTheLatencyMetric() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 429, "slow down", Duration.ofMillis(300), null))
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 503, "overloaded", null, null))
        .thenRespond("finally")
        .build();
    ResiliencePolicy resilience = ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withMaxRetries(3).withBackoff(Duration.ofMillis(2), Duration.ofMillis(4))
            .withJitter(0))
        .circuitBreaker(CircuitBreakerPolicy.disabled())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model).resilience(resilience)
        .interceptor(telemetry.interceptor()).build()) {
      assertThat(runtime.run("hi").output()).isEqualTo("finally");
    }
    SpanData chat = telemetry.span("chat gpt-4o");
    assertThat(telemetry).hasSpanCount("chat gpt-4o", 1)
        .hasSpan("attempt 1 chat gpt-4o").failedWith("429").withParent("chat gpt-4o")
        .withAttribute("agent_runtime.attempt", 1).withAttribute("server.address", "api.openai.com")
        .and().hasSpan("attempt 2 chat gpt-4o").failedWith("503").withParent("chat gpt-4o")
        .and().hasSpan("attempt 3 chat gpt-4o").withParent("chat gpt-4o").withoutAttribute("error.type")
        .and().hasMetric("gen_ai.client.operation.duration")
        .withCount(1, "error.type", "429")
        .withCount(1, "error.type", "503")
        .and().hasMetric("agent_runtime.retries").withSum(2);
    assertThat(telemetry.span("attempt 3 chat gpt-4o").getStatus().getStatusCode()).isEqualTo(StatusCode.OK);
    List<SpanData> attempts = telemetry.children(chat);
    assertThat(attempts).hasSize(3);
    // attempts do not overlap and the waits lie between them
    assertThat(attempts.get(1).getStartEpochNanos() - attempts.get(0).getEndEpochNanos())
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
    // three points (one per attempt); their sum excludes the 300 ms Retry-After wait the chat span includes
    assertThat(telemetry.count("gen_ai.client.operation.duration", Attributes.empty())).isEqualTo(3);
    double attemptSeconds = telemetry.points("gen_ai.client.operation.duration", Attributes.empty()).stream()
        .mapToDouble(p -> ((HistogramPointData) p).getSum()).sum();
    double chatSeconds = (chat.getEndEpochNanos() - chat.getStartEpochNanos()) / 1e9;
    assertThat(attemptSeconds + 0.3).isLessThanOrEqualTo(chatSeconds);
    assertThat(telemetry.points("gen_ai.client.operation.duration", Attributes.of(ERROR_TYPE, "429"))).hasSize(1);
  }

  @Test
  void aStreamedLangChain4jCallReportsTheServerFromTheModelsBaseUrlItsTimeToFirstChunkAndThatItStreamed() {
    try (OpenAiMockServer openai = OpenAiMockServer.start()) {
      openai.thenStream(List.of("Forty", "-two"));
      OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
          .baseUrl(openai.baseUrl()).apiKey("test-key").modelName("gpt-4o-mini")
          .timeout(Duration.ofSeconds(10)).build();
      // no baseUrl(...) on our side: the address is the one the LangChain4j model was built with
      LangChain4jModelClient client = LangChain4jModelClient.of(streaming);
      assertThat(client.info().serverAddress()).isEqualTo("127.0.0.1");
      assertThat(client.info().serverPort()).isEqualTo(openai.port());
      try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(client)
          .loop(ToolCallingLoop.builder().streaming(true).build())
          .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
        AgentResult r = runtime.run("q");
        assertThat(r.output()).isEqualTo("Forty-two");
      }
    }
    SpanData chat = telemetry.span("chat gpt-4o-mini");
    assertThat(telemetry).hasSpan("chat gpt-4o-mini")
        .withAttribute("server.address", "127.0.0.1")
        .withAttribute("gen_ai.request.stream", true) // semconv: set if and only if the request streams
        .withAttributeKey("gen_ai.response.time_to_first_chunk")
        .and().hasMetric("gen_ai.client.operation.time_to_first_chunk").withUnit("s")
        .withCount(1, "server.address", "127.0.0.1", "gen_ai.request.model", "gpt-4o-mini");
    double ttft = chat.getAttributes().get(AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk"));
    double total = (chat.getEndEpochNanos() - chat.getStartEpochNanos()) / 1e9;
    assertThat(ttft).isPositive().isLessThanOrEqualTo(total);
  }

  @Test
  void aCallThatDoesNotStreamHasNoTimeToFirstChunkNorStreamFlag() {
    try (AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      runtime.run("hi");
    }
    assertThat(telemetry).hasSpan("chat gpt-4o").withoutAttribute("gen_ai.response.time_to_first_chunk")
        .withoutAttribute("gen_ai.request.stream");
    assertThat(telemetry.metrics("gen_ai.client.operation.time_to_first_chunk")).isEmpty();
  }

  @Test
  void anAttemptTheRuntimeGaveUpOnIsATimedOutAttemptSpan() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenAnswer(request -> {
          calls.incrementAndGet();
          try {
            Thread.sleep(10_000); // far past the attempt timeout: the runtime gives up on it
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return dev.agentruntime.core.model.ModelResponse.ofText("too late",
              dev.agentruntime.core.model.TokenUsage.ZERO);
        })
        .thenRespond("in time")
        .build();
    ResiliencePolicy resilience = ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2))
            .withJitter(0))
        .modelAttemptTimeout(Duration.ofMillis(300))
        .circuitBreaker(CircuitBreakerPolicy.disabled())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model).resilience(resilience)
        .interceptor(telemetry.interceptor()).build()) {
      assertThat(runtime.run("hi").output()).isEqualTo("in time");
    }
    assertThat(telemetry).hasSpan("attempt 1 chat gpt-4o").failedWith("timeout").withParent("chat gpt-4o")
        .and().hasSpan("attempt 2 chat gpt-4o").withoutAttribute("error.type")
        .and().hasMetric("gen_ai.client.operation.duration").withCount(1, "error.type", "timeout");
    assertThat(telemetry.span("attempt 1 chat gpt-4o").getStatus().getDescription()).contains("abandoned");
  }
}
