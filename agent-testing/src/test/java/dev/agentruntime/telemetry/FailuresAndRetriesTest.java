package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailuresAndRetriesTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void aFailedModelCallMarksTheChatAndAgentSpansAsErrors() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 400, "bad request: context too long", null, null))
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
        .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
      assertThatThrownBy(() -> runtime.run("hi")).isInstanceOf(ModelCallException.class);
    }
    assertThat(telemetry).hasSpan("chat gpt-4o")
        .failedWith("400")
        .withEvent("exception", "exception.type", ModelCallException.class.getName())
        .withParent("invoke_agent support")
        .and().hasSpan("invoke_agent support")
        .failedWith("400")
        .withAttribute("agent_runtime.run.outcome", "failed")
        .withAttribute("agent_runtime.run.model_calls", 1)
        .and().hasMetric("gen_ai.client.operation.duration")
        .withCount(1, "error.type", "400")
        .and().hasMetric("agent_runtime.runs")
        .withSum(1, "agent_runtime.run.outcome", "failed")
        .and().hasMetric("agent_runtime.runs.active").withSum(0);
    assertThat(telemetry.span("chat gpt-4o").getStatus().getDescription()).contains("HTTP 400");
  }

  @Test
  void toolFailuresAreErrorSpansAndCountedByOutcome() {
    Tool broken = Tool.builder("broken").handler(inv -> {
      throw new IllegalStateException("database down");
    }).build();
    Tool refusing = new Tool() {
      @Override
      public dev.agentruntime.core.model.ToolSpec spec() {
        return new dev.agentruntime.core.model.ToolSpec("refusing", "Says no", null);
      }

      @Override
      public ToolResult execute(dev.agentruntime.core.tool.ToolInvocation invocation) {
        return ToolResult.error("not allowed");
      }
    };
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenCallTools(dev.agentruntime.core.model.ToolCall.of("c1", "broken", "{}"),
            dev.agentruntime.core.model.ToolCall.of("c2", "refusing", "{}"))
        .thenRespond("sorry")
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model).tools(broken, refusing)
        .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
      assertThat(runtime.run("do it").output()).isEqualTo("sorry");
    }
    assertThat(telemetry).hasSpan("execute_tool broken")
        .failedWith(IllegalStateException.class.getName())
        .withEvent("exception", "exception.message", "tool 'broken' failed: database down")
        .withParent("invoke_agent support")
        .and().hasSpan("execute_tool refusing")
        .failedWith("tool_error")
        .and().hasSpan("invoke_agent support").succeeded()
        .and().hasMetric("agent_runtime.tool.calls")
        .withSum(1, "gen_ai.tool.name", "broken", "agent_runtime.tool.outcome", "exception")
        .withSum(1, "gen_ai.tool.name", "refusing", "agent_runtime.tool.outcome", "error");
  }

  @Test
  void eachRetryIsAnEventWithItsAttemptAndDelayOnTheChatSpan() {
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 429, "slow down", Duration.ofMillis(3), null))
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
      assertThat(runtime.run("hi", RunOptions.defaults()).output()).isEqualTo("finally");
    }
    assertThat(telemetry).hasSpanCount("chat gpt-4o", 1)
        .hasSpan("chat gpt-4o")
        .succeeded()
        .withEventCount("agent_runtime.retry", 2)
        .withEvent("agent_runtime.retry", "agent_runtime.retry.attempt", 1, "agent_runtime.retry.delay_ms", 3,
            "error.type", "429", "agent_runtime.retry.target", "model:openai/gpt-4o")
        .withEvent("agent_runtime.retry", "agent_runtime.retry.attempt", 2, "error.type", "503")
        .withAttribute("agent_runtime.retry.count", 2)
        .and().hasMetric("agent_runtime.retries")
        .withSum(1, "error.type", "429")
        .withSum(2, "agent_runtime.retry.target", "model:openai/gpt-4o");
    SpanData chat = telemetry.span("chat gpt-4o");
    assertThat(chat.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }
}
