package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.SseEncoder;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EventsTest {

  /** A streaming model that emits its answer word by word. */
  static final class WordStreamer implements dev.agentruntime.core.model.ModelClient {
    @Override
    public ModelResponse chat(ModelRequest request) {
      return ModelResponse.ofText("the answer is 42", TokenUsage.of(5, 4));
    }

    @Override
    public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta) {
      String[] words = {"the ", "answer ", "is ", "42"};
      for (String w : words) {
        onTextDelta.accept(w);
      }
      return chat(request);
    }
  }

  @Test
  void streamDeliversEventsWhileRunGoesOnAndEndsWithResult() throws Exception {
    try (AgentRuntime rt = AgentRuntime.builder().model(new WordStreamer())
        .loop(ToolCallingLoop.builder().streaming(true).build()).build()) {
      List<AgentEvent> seen = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      try (EventStream events = rt.stream("question")) {
        for (AgentEvent e : events) {
          seen.add(e);
          if (e instanceof TextDelta d) {
            text.append(d.text());
          }
        }
        AgentResult r = events.result().get(5, TimeUnit.SECONDS);
        assertThat(r.output()).isEqualTo("the answer is 42");
        assertThat(text).hasToString("the answer is 42");
      }
      assertThat(seen.get(0).type()).isEqualTo("run_started");
      assertThat(seen.get(seen.size() - 1)).isInstanceOf(RunCompleted.class);
      assertThat(seen).filteredOn(TextDelta.class::isInstance).hasSize(4);
    }
  }

  @Test
  void failedRunEndsTheStreamWithRunFailed() throws Exception {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenFail(() -> dev.agentruntime.core.error.ModelCallException.ofHttp("m", 401, "bad key", null, null)).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).build();
        EventStream events = rt.stream("q")) {
      List<AgentEvent> seen = new ArrayList<>();
      events.forEach(seen::add);
      assertThat(seen.get(seen.size() - 1)).isInstanceOfSatisfying(RunFailed.class, f -> {
        assertThat(f.errorType()).isEqualTo("ModelCallException");
        assertThat(f.message()).contains("401");
      });
      assertThat(events.result()).isCompletedExceptionally();
    }
  }

  @Test
  void sseFramesAreValidAndCarryJson() throws Exception {
    SseEncoder sse = new SseEncoder();
    ToolCallStarted e = new ToolCallStarted("run-1", Instant.parse("2026-11-23T10:00:00Z"), 2, "call_9",
        "create_ticket", "{\"title\":\"multi\\nline\"}");
    String frame = sse.encode(e, "7");
    assertThat(frame).startsWith("event: tool_call_started\nid: 7\ndata: {").endsWith("}\n\n");
    String[] lines = frame.split("\n", -1);
    assertThat(lines).hasSize(5); // event, id, data, blank, "" after the final newline
    JsonNode json = new ObjectMapper().readTree(lines[2].substring("data: ".length()));
    assertThat(json.get("runId").asText()).isEqualTo("run-1");
    assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(json.get("toolName").asText()).isEqualTo("create_ticket");
    assertThat(json.get("arguments").asText()).isEqualTo("{\"title\":\"multi\\nline\"}");
    RunCompleted done = new RunCompleted("r", Instant.EPOCH, "out", StopReason.COMPLETED, TokenUsage.of(3, 4),
        Duration.ofMillis(1500));
    JsonNode d = new ObjectMapper().readTree(sse.toJson(done));
    assertThat(d.get("duration").asLong()).isEqualTo(1500);
    assertThat(d.get("usage").get("outputTokens").asLong()).isEqualTo(4);
    assertThatThrownBy(() -> sse.encode(done, "a\nb")).hasMessageContaining("line breaks");
  }

  @Test
  void costIncurredIsValidatedAndItsAmountsAreEncodedAsPlainNumbers() throws Exception {
    CostIncurred e = new CostIncurred("run-1", Instant.parse("2026-11-23T10:00:00Z"), 2, "gpt-4o-mini",
        new java.math.BigDecimal("0.00000015"), new java.math.BigDecimal("0.00021840"), false);
    String frame = new SseEncoder().encode(e, "3");
    assertThat(frame).startsWith("event: cost_incurred\nid: 3\ndata: {")
        .contains("\"costUsd\":0.00000015").contains("\"runCostUsd\":0.00021840").doesNotContain("E-");
    JsonNode json = new ObjectMapper().readTree(frame.split("\n")[2].substring("data: ".length()));
    assertThat(json.get("step").asInt()).isEqualTo(2);
    assertThat(json.get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(json.get("runCostUsd").decimalValue()).isEqualByComparingTo("0.0002184");
    assertThat(json.get("estimated").asBoolean()).isFalse();

    java.math.BigDecimal one = java.math.BigDecimal.ONE;
    assertThatThrownBy(() -> new CostIncurred("r", Instant.EPOCH, 1, "m", one.negate(), one, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("costUsd");
    assertThatThrownBy(() -> new CostIncurred("r", Instant.EPOCH, 1, "m", one, java.math.BigDecimal.ZERO, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runCostUsd");
    assertThatThrownBy(() -> new CostIncurred("r", Instant.EPOCH, 1, "m", null, one, false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("costUsd");
    assertThatThrownBy(() -> new CostIncurred("r", Instant.EPOCH, 1, "m", one, one, false, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimated");
    assertThat(new CostIncurred("r", Instant.EPOCH, 1, "m", one, one, true).abandoned()).isFalse();
  }

  @Test
  void anInterceptorPricingCallsReachesListenersThroughTheRunView() {
    // what a cost interceptor does (core never prices anything): emit through the view it is given
    dev.agentruntime.core.chain.AgentInterceptor pricing = new dev.agentruntime.core.chain.AgentInterceptor() {
      final java.util.concurrent.atomic.AtomicLong micros = new java.util.concurrent.atomic.AtomicLong();

      @Override
      public ModelResponse aroundModelCall(dev.agentruntime.core.chain.ModelChain chain) throws Exception {
        ModelResponse r = chain.proceed(chain.request());
        long total = micros.addAndGet(r.usage().totalTokens());
        RunView v = chain.context();
        v.emit(new CostIncurred(v.runId(), v.clock().instant(), v.currentStep(), "m",
            java.math.BigDecimal.valueOf(r.usage().totalTokens(), 6), java.math.BigDecimal.valueOf(total, 6), false));
        return r;
      }
    };
    List<AgentEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder().model(new WordStreamer()).interceptor(pricing).build()) {
      rt.run("q", RunOptions.builder().listener(seen::add).build(), (in, ctx) -> {
        ctx.model().chat(ModelRequest.of(new dev.agentruntime.core.model.UserMessage("a")));
        return ctx.model().chat(ModelRequest.of(new dev.agentruntime.core.model.UserMessage("b"))).text();
      });
    }
    assertThat(seen).filteredOn(CostIncurred.class::isInstance).extracting(e -> ((CostIncurred) e).runCostUsd())
        .containsExactly(new java.math.BigDecimal("0.000009"), new java.math.BigDecimal("0.000018"));
  }

  @Test
  void throwingListenerNeverFailsTheRun() {
    AtomicInteger delivered = new AtomicInteger();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("ok").build())
        .listener(e -> {
          throw new IllegalStateException("listener bug");
        })
        .listener(e -> delivered.incrementAndGet()).build()) {
      assertThat(rt.run("x").output()).isEqualTo("ok");
      assertThat(delivered.get()).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void runScopedListenersSeeOnlyTheirRun() {
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("ok").build()).build()) {
      TestTools.Recorder a = new TestTools.Recorder();
      AgentResult ra = rt.run("a", RunOptions.builder().listener(a).build());
      rt.run("b");
      assertThat(a.events).isNotEmpty().allSatisfy(e -> assertThat(e.runId()).isEqualTo(ra.runId()));
    }
  }
}
