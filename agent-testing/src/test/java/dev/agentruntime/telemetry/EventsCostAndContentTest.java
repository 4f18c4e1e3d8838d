package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.event.CircuitStateChanged;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventsCostAndContentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stands in for agent-cost and agent-guardrails: emits their events and the cost metadata. */
  static final class FakeCostAndGuardrails implements AgentInterceptor {
    @Override
    public Stage stage() {
      return Stage.COST;
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      RunView ctx = chain.context();
      ctx.emit(new GuardrailTriggered(ctx.runId(), ctx.clock().instant(), "pii", "input", "rewrite",
          "email address of bob@example.com"));
      ModelResponse r = chain.proceed(chain.request());
      ctx.emit(new BudgetThresholdReached(ctx.runId(), ctx.clock().instant(), "team-daily", 80,
          new BigDecimal("8.25"), new BigDecimal("10.00")));
      ctx.emit(new CircuitStateChanged(ctx.runId(), ctx.clock().instant(), "model:openai/gpt-4o", "CLOSED", "OPEN"));
      return r.withMetadata(RuntimeAttributes.COST_METADATA_KEY, new BigDecimal("0.0125"));
    }
  }

  @Test
  void runtimeEventsBecomeSpanEventsAndMetricsAndCostIsSummedPerRun() {
    UnaryOperator<String> redactor = s -> s.replaceAll("[\\w.]+@[\\w.]+", "<EMAIL>");
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(b -> b.redactor(redactor));
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).interceptor(new FakeCostAndGuardrails())
            .build()) {
      runtime.run("hi", RunOptions.builder().tenantId("acme").build());

      assertThat(telemetry).hasSpan("chat gpt-4o", 0)
          .withEvent("agent_runtime.guardrail", "agent_runtime.guardrail.name", "pii",
              "agent_runtime.guardrail.point", "input", "agent_runtime.guardrail.action", "rewrite",
              "agent_runtime.guardrail.reason", "email address of <EMAIL>")
          .withEvent("agent_runtime.budget_threshold", "agent_runtime.budget.name", "team-daily",
              "agent_runtime.budget.threshold_percent", 80, "agent_runtime.budget.remaining_usd", 1.75)
          .withAttribute("agent_runtime.budget.remaining_usd", 1.75)
          .withEvent("agent_runtime.circuit_state_changed", "agent_runtime.circuit.state", "OPEN",
              "agent_runtime.circuit.previous_state", "CLOSED")
          .withAttribute("agent_runtime.cost.usd", 0.0125)
          .and().hasSpan("invoke_agent support")
          .withAttribute("agent_runtime.run.cost.usd", 0.025)
          .and().hasMetric("agent_runtime.cost.usd")
          .withSum(0.025, "gen_ai.request.model", "gpt-4o", "agent_runtime.tenant.id", "acme")
          .and().hasMetric("agent_runtime.guardrail.triggers")
          .withSum(2, "agent_runtime.guardrail.name", "pii", "agent_runtime.guardrail.action", "rewrite")
          .and().hasMetric("agent_runtime.circuit.state_changes")
          .withSum(2, "agent_runtime.circuit.state", "OPEN")
          .and().hasMetric("agent_runtime.budget.thresholds").withSum(2, "agent_runtime.budget.name", "team-daily");
    }
  }

  @Test
  void aReachedLimitIsAnEventOnTheRunAndTheOutcomeSaysSo() {
    RunLimits oneStep = RunLimits.builder().maxSteps(1).onLimit(Limit.MAX_STEPS, LimitReaction.STOP_GRACEFULLY).build();
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create();
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).limits(oneStep).build()) {
      runtime.run("hi");
      assertThat(telemetry).hasSpan("invoke_agent support")
          .withAttribute("agent_runtime.run.outcome", "limit_reached")
          .withAttribute("agent_runtime.run.limit", "MAX_STEPS")
          .and().hasMetric("agent_runtime.limits.reached").withSum(1, "agent_runtime.limit.name", "MAX_STEPS")
          .and().hasMetric("agent_runtime.runs").withSum(1, "agent_runtime.run.outcome", "limit_reached");
      boolean eventSomewhere = telemetry.spans().stream().flatMap(s -> s.getEvents().stream())
          .anyMatch(e -> e.getName().equals("agent_runtime.limit_reached")
              && "MAX_STEPS".equals(e.getAttributes().get(AttributeKey.stringKey("agent_runtime.limit.name"))));
      assertThat(eventSomewhere).isTrue();
    }
  }

  @Test
  void contentIsRecordedOnlyWhenAskedAndAlwaysRedacted() throws Exception {
    UnaryOperator<String> redactor = s -> s.replace("printer", "[DEVICE]");
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(
            b -> b.captureContent(ContentCapture.SPAN_ATTRIBUTES_AND_EVENTS).redactor(redactor));
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).systemPrompt("Be brief.").build()) {
      runtime.run("My printer is on fire");

      String input = telemetry.spans("chat gpt-4o").get(1).getAttributes().get(GenAiAttributes.INPUT_MESSAGES);
      JsonNode messages = JSON.readTree(input);
      assertThat(messages).hasSize(3);
      assertThat(messages.get(0).get("role").asText()).isEqualTo("user");
      assertThat(messages.get(0).get("parts").get(0).get("content").asText()).isEqualTo("My [DEVICE] is on fire");
      JsonNode call = messages.get(1).get("parts").get(0);
      assertThat(call.get("type").asText()).isEqualTo("tool_call");
      assertThat(call.get("name").asText()).isEqualTo("create_ticket");
      assertThat(call.get("arguments").get("title").asText()).isEqualTo("[DEVICE] on fire");
      JsonNode response = messages.get(2).get("parts").get(0);
      assertThat(response.get("type").asText()).isEqualTo("tool_call_response");
      assertThat(response.get("id").asText()).isEqualTo("call_1");
      assertThat(response.get("response").asText()).contains("[DEVICE] on fire").doesNotContain("printer");

      JsonNode output = JSON.readTree(
          telemetry.spans("chat gpt-4o").get(1).getAttributes().get(GenAiAttributes.OUTPUT_MESSAGES));
      assertThat(output.get(0).get("role").asText()).isEqualTo("assistant");
      assertThat(output.get(0).get("finish_reason").asText()).isEqualTo("stop");
      assertThat(output.get(0).get("parts").get(0).get("content").asText()).isEqualTo("Ticket T-1 is open.");
      JsonNode system = JSON.readTree(
          telemetry.spans("chat gpt-4o").get(0).getAttributes().get(GenAiAttributes.SYSTEM_INSTRUCTIONS));
      assertThat(system.get(0).get("content").asText()).isEqualTo("Be brief.");

      assertThat(telemetry).hasSpan("execute_tool create_ticket")
          .withAttribute("gen_ai.tool.call.arguments", "{\"title\":\"[DEVICE] on fire\"}")
          .withAttribute("gen_ai.tool.call.result", "ticket T-1 created: [DEVICE] on fire");

      List<LogRecordData> events = telemetry.events(GenAiAttributes.EVENT_INFERENCE_DETAILS);
      assertThat(events).hasSize(2);
      assertThat(events.get(0).getSpanContext().getSpanId())
          .isEqualTo(telemetry.spans("chat gpt-4o").get(0).getSpanId());
      assertThat(events.get(1).getAttributes().get(GenAiAttributes.INPUT_MESSAGES)).isEqualTo(input);
      assertThat(telemetry.spans()).allSatisfy(s -> assertThat(s.getAttributes().asMap().toString())
          .doesNotContain("printer"));
    }
  }

  @Test
  void noContentByDefaultAndAFailingRedactorDropsContentButNotTheCall() {
    try (InMemoryTelemetry none = InMemoryTelemetry.create();
        AgentRuntime runtime = Fixtures.runtime(none.interceptor()).build()) {
      runtime.run("secret stuff");
      assertThat(none.spans()).allSatisfy(s -> assertThat(s.getAttributes().asMap().toString())
          .doesNotContain("secret").doesNotContain("printer on fire"));
      assertThat(none.events(GenAiAttributes.EVENT_INFERENCE_DETAILS)).isEmpty();
    }
    UnaryOperator<String> broken = s -> {
      throw new IllegalStateException("redactor down");
    };
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(
            b -> b.captureContent(ContentCapture.EVENTS).redactor(broken));
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      assertThat(runtime.run("secret stuff").output()).isEqualTo("Ticket T-1 is open.");
      assertThat(telemetry.events(GenAiAttributes.EVENT_INFERENCE_DETAILS)).isEmpty();
      assertThat(telemetry).hasSpan("execute_tool create_ticket").withoutAttribute("gen_ai.tool.call.arguments");
    }
  }

  @Test
  void eventsOnlyModeKeepsMessagesOffTheSpans() {
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(b -> b.captureContent(ContentCapture.EVENTS));
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      runtime.run("hello");
      assertThat(telemetry).hasEventCount(GenAiAttributes.EVENT_INFERENCE_DETAILS, 2)
          .hasSpan("chat gpt-4o").withoutAttribute("gen_ai.input.messages").withoutAttribute("gen_ai.output.messages");
      assertThat(new UserMessage("x").role()).isEqualTo("user");
      assertThat(new SystemMessage("x").role()).isEqualTo("system");
    }
  }
}
