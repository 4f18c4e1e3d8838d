package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpanTreeTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create(b -> b.semconvMode(SemconvMode.LATEST));

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void aRunWithTwoStepsAndAToolCallIsOneTreeFollowingTheConventions() {
    try (AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      AgentResult result = runtime.run("My printer is on fire",
          RunOptions.builder().sessionId("sess-1").tenantId("acme").build());

      assertThat(telemetry).hasTree("""
          invoke_agent support
            chat gpt-4o
            execute_tool create_ticket
            chat gpt-4o
          """);

      assertThat(telemetry).hasSpan("invoke_agent support")
          .isRoot()
          .withKind(SpanKind.INTERNAL)
          .withAttribute("gen_ai.operation.name", "invoke_agent")
          .withAttribute("gen_ai.agent.name", "support")
          .withAttribute("gen_ai.provider.name", "openai")
          .withAttribute("gen_ai.request.model", "gpt-4o")
          .withAttribute("gen_ai.conversation.id", "sess-1")
          .withAttribute("agent_runtime.run.id", result.runId())
          .withAttribute("agent_runtime.tenant.id", "acme")
          .withAttribute("agent_runtime.run.outcome", "completed")
          .withAttribute("agent_runtime.run.steps", 2)
          .withAttribute("agent_runtime.run.tool_calls", 1)
          .withAttribute("agent_runtime.run.usage.input_tokens", result.usage().inputTokens())
          .withAttribute("agent_runtime.run.usage.output_tokens", result.usage().outputTokens())
          // summed usage must not be repeated under gen_ai.usage.* (backends would count it twice)
          .withoutAttribute("gen_ai.usage.input_tokens")
          .withoutAttribute("gen_ai.usage.output_tokens")
          .withoutAttribute("gen_ai.system")
          .succeeded();

      assertThat(telemetry).hasSpan("chat gpt-4o", 0)
          .withParent("invoke_agent support")
          .withKind(SpanKind.CLIENT)
          .withAttribute("gen_ai.operation.name", "chat")
          .withAttribute("gen_ai.provider.name", "openai")
          .withAttribute("gen_ai.request.model", "gpt-4o")
          .withAttribute("gen_ai.response.model", "gpt-4o")
          .withAttribute("gen_ai.response.id", "resp-tools")
          .withAttribute("gen_ai.response.finish_reasons", List.of("tool_calls"))
          .withAttribute("gen_ai.usage.input_tokens", result.modelCalls().get(0).usage().inputTokens())
          .withAttribute("gen_ai.usage.output_tokens", result.modelCalls().get(0).usage().outputTokens())
          .withAttribute("server.address", "api.openai.com")
          .withAttribute("server.port", 443)
          .withAttribute("gen_ai.conversation.id", "sess-1")
          .withAttribute("agent_runtime.step", 1)
          .withoutAttribute("gen_ai.input.messages")
          .withoutAttribute("gen_ai.output.messages");

      assertThat(telemetry).hasSpan("chat gpt-4o", 1)
          .withAttribute("gen_ai.response.finish_reasons", List.of("stop"))
          .withAttribute("agent_runtime.step", 2);

      assertThat(telemetry).hasSpan("execute_tool create_ticket")
          .withParent("invoke_agent support")
          .withKind(SpanKind.INTERNAL)
          .withAttribute("gen_ai.operation.name", "execute_tool")
          .withAttribute("gen_ai.tool.name", "create_ticket")
          .withAttribute("gen_ai.tool.call.id", "call_1")
          .withAttribute("gen_ai.tool.type", "function")
          .withAttribute("gen_ai.tool.description", "Opens a support ticket")
          .withAttribute("agent_runtime.step", 1)
          .withoutAttribute("gen_ai.tool.call.arguments")
          .succeeded();

      // every span of the run shares the run's trace
      SpanData root = telemetry.span("invoke_agent support");
      assertThat(telemetry.run(result.runId())).hasSize(4)
          .allSatisfy(s -> assertThat(s.getTraceId()).isEqualTo(root.getTraceId()));
    }
  }

  @Test
  void metricsFollowTheConventionsAndOurNamespace() {
    try (AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      AgentResult result = runtime.run("My printer is on fire");
      long input = result.usage().inputTokens();

      assertThat(telemetry).hasMetric("gen_ai.client.token.usage")
          .withUnit("{token}")
          .withCount(2, "gen_ai.token.type", "input", "gen_ai.operation.name", "chat",
              "gen_ai.provider.name", "openai", "gen_ai.request.model", "gpt-4o",
              "gen_ai.response.model", "gpt-4o", "server.address", "api.openai.com", "server.port", 443)
          .withSum(input, "gen_ai.token.type", "input")
          .withSum(result.usage().outputTokens(), "gen_ai.token.type", "output")
          .and().hasMetric("gen_ai.client.operation.duration")
          .withUnit("s")
          .withCount(2, "gen_ai.operation.name", "chat")
          .and().hasMetric("agent_runtime.runs")
          .withSum(1, "agent_runtime.run.outcome", "completed", "gen_ai.agent.name", "support")
          .and().hasMetric("agent_runtime.run.duration")
          .withCount(1, "agent_runtime.run.outcome", "completed")
          .and().hasMetric("agent_runtime.run.steps")
          .withSum(2)
          .and().hasMetric("agent_runtime.tool.calls")
          .withSum(1, "gen_ai.tool.name", "create_ticket", "agent_runtime.tool.outcome", "success")
          .and().hasMetric("agent_runtime.runs.active")
          .withSum(0);

      assertThat(telemetry.count("gen_ai.client.token.usage", Attributes.empty())).isEqualTo(4);
      telemetry.reset();
      assertThat(telemetry.spans()).isEmpty();
      assertThat(telemetry.count("gen_ai.client.token.usage", Attributes.empty())).isZero();
    }
  }

  @Test
  void cacheAndReasoningTokensTemperatureAndMaxTokensAreRecordedWhenKnown() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), new TokenUsage(1200, 300, 1000, 50, 200),
            FinishReason.LENGTH, "chatcmpl-9", "gpt-4o-2024-08-06", null))
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).interceptor(telemetry.interceptor()).build()) {
      runtime.run("hi", (in, ctx) -> ctx.model().chat(ModelRequest.builder().addMessage(new UserMessage(in))
          .temperature(0.2).maxOutputTokens(512).build()).text());
    }
    assertThat(telemetry).hasSpan("chat gpt-4o")
        .withAttribute("gen_ai.request.temperature", 0.2)
        .withAttribute("gen_ai.request.max_tokens", 512)
        .withAttribute("gen_ai.response.model", "gpt-4o-2024-08-06")
        .withAttribute("gen_ai.response.id", "chatcmpl-9")
        .withAttribute("gen_ai.response.finish_reasons", List.of("length"))
        .withAttribute("gen_ai.usage.input_tokens", 1200)
        .withAttribute("gen_ai.usage.cache_read.input_tokens", 1000)
        .withAttribute("gen_ai.usage.cache_creation.input_tokens", 50)
        .withAttribute("gen_ai.usage.reasoning.output_tokens", 200)
        .and().hasSpan("invoke_agent agent")
        .withAttribute("agent_runtime.run.usage.cache_read.input_tokens", 1000)
        .withAttribute("agent_runtime.run.usage.reasoning.output_tokens", 200);
  }

  @Test
  void aCustomLoopWithItsOwnClientGetsTheProviderFromTheFirstCall() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT).thenRespond("hello").build();
    try (AgentRuntime runtime = AgentRuntime.builder().interceptor(telemetry.interceptor()).build()) {
      runtime.run("hi", (in, ctx) -> ctx.model(model).chat(ModelRequest.of(new UserMessage(in))).text());
    }
    assertThat(telemetry).hasSpan("invoke_agent agent")
        .withAttribute("gen_ai.provider.name", "openai")
        .withAttribute("gen_ai.request.model", "gpt-4o")
        .and().hasSpan("chat gpt-4o").withParent("invoke_agent agent");
  }
}
