package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunStarted;
import dev.agentruntime.core.event.StepStarted;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ToolCallingLoopTest {

  @Test
  void callsToolsAndReturnsFinalAnswerWithFullRecord() {
    AtomicInteger calls = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":42}")
        .thenRespond(r -> "Status: " + r.lastMessage().text())
        .build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(TestTools.lookupOrder(calls))
        .systemPrompt("You are helpful.").listener(rec).build()) {
      AgentResult result = runtime.run("Where is order 42?");

      assertThat(result.output()).isEqualTo("Status: order 42 shipped");
      assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
      assertThat(result.cutShort()).isFalse();
      assertThat(result.steps()).isEqualTo(2);
      assertThat(result.modelCalls()).hasSize(2);
      assertThat(result.toolCalls()).singleElement()
          .satisfies(t -> assertThat(t.result().content()).isEqualTo("order 42 shipped"));
      assertThat(result.usage().totalTokens()).isPositive();
      assertThat(result.usage()).isEqualTo(result.modelCalls().get(0).usage().plus(result.modelCalls().get(1).usage()));
      assertThat(calls).hasValue(1);
      assertThat(result.modelCalls().get(0).request().messages().get(0).text()).isEqualTo("You are helpful.");
      assertThat(result.modelCalls().get(0).request().tools()).extracting("name").containsExactly("lookup_order");

      assertThat(rec.types()).containsExactly(
          "run_started", "step_started", "model_call_started", "model_call_completed",
          "tool_call_started", "tool_call_completed", "step_started", "model_call_started",
          "model_call_completed", "run_completed");
      assertThat(rec.of(RunStarted.class).get(0).input()).isEqualTo("Where is order 42?");
      assertThat(rec.of(RunCompleted.class).get(0).output()).isEqualTo("Status: order 42 shipped");
      assertThat(rec.events).extracting(AgentEvent::runId).containsOnly(result.runId());
    }
  }

  @Test
  void unknownToolGetsClearErrorAndModelRecovers() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("delete_everything", "{}")
        .thenRespond(r -> "recovered after: " + r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(TestTools.echo()).build()) {
      AgentResult result = runtime.run("do it");
      assertThat(result.output()).startsWith("recovered after: Unknown tool 'delete_everything'")
          .contains("Available tools: echo");
      assertThat(result.toolCalls().get(0).result().isError()).isTrue();
    }
  }

  @Test
  void malformedArgumentsGetClearErrorAndModelRecovers() {
    AtomicInteger calls = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\": 4")            // truncated JSON
        .thenCallTool("lookup_order", "{\"order\": 4}")        // missing required id
        .thenCallTool("lookup_order", "{\"id\": \"four\"}")    // wrong type
        .thenCallTool("lookup_order", "{\"id\": 4}")
        .thenRespond(r -> r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(TestTools.lookupOrder(calls)).build()) {
      AgentResult result = runtime.run("order 4?");
      assertThat(result.output()).isEqualTo("order 4 shipped");
      List<ToolCallRecord> tc = result.toolCalls();
      assertThat(tc.get(0).result().content()).contains("not valid JSON");
      assertThat(tc.get(1).result().content()).contains("missing required argument 'id'");
      assertThat(tc.get(2).result().content()).contains("argument 'id' must be of type integer");
      assertThat(tc.subList(0, 3)).allSatisfy(t -> assertThat(t.result().isError()).isTrue());
      assertThat(calls).hasValue(1);
    }
  }

  @Test
  void argumentsOutsideTheSchemasEnumOrBoundsAreSentBackAndTheToolNeverSeesThem() {
    AtomicInteger calls = new AtomicInteger();
    Tool forecast = Tool.builder("forecast")
        .parameters("{\"type\":\"object\",\"properties\":{\"unit\":{\"enum\":[\"c\",\"f\"]},"
            + "\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":14}},\"required\":[\"unit\",\"days\"]}")
        .handler(inv -> {
          calls.incrementAndGet();
          return inv.arguments().getLong("days") + " days in " + inv.arguments().getString("unit");
        })
        .build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("forecast", "{\"unit\": \"kelvin\", \"days\": 3}")
        .thenCallTool("forecast", "{\"unit\": \"c\", \"days\": 30}")
        .thenCallTool("forecast", "{\"unit\": \"c\", \"days\": 3}")
        .thenRespond(r -> r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(forecast).build()) {
      AgentResult result = runtime.run("weather?");
      assertThat(result.output()).isEqualTo("3 days in c");
      List<ToolCallRecord> tc = result.toolCalls();
      assertThat(tc.get(0).result().content())
          .contains("Invalid arguments: tool 'forecast': arguments do not match the parameters schema: "
              + "/unit: does not have a value in the enumeration [\"c\", \"f\"]");
      assertThat(tc.get(1).result().content()).contains("/days: must have a maximum value of 14");
      assertThat(tc.subList(0, 2)).allSatisfy(t -> assertThat(t.result().isError()).isTrue());
      assertThat(calls).hasValue(1);
    }
  }

  @Test
  void aToolWhoseSchemaIsNoJsonSchemaFailsAsTheToolsFaultNotTheModels() {
    AtomicInteger calls = new AtomicInteger();
    Tool remote = new Tool() { // as a tool from elsewhere (an MCP server) would come: not built by Tool.builder
      @Override
      public dev.agentruntime.core.model.ToolSpec spec() {
        return new dev.agentruntime.core.model.ToolSpec("remote", "",
            "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":\"one\"}}}");
      }

      @Override
      public ToolResult execute(ToolInvocation invocation) {
        calls.incrementAndGet();
        return ToolResult.success("ran");
      }
    };
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("remote", "{\"n\": 2}")
        .thenRespond(r -> "told: " + r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(remote).build()) {
      AgentResult result = runtime.run("go");
      assertThat(result.output()).startsWith("told: tool 'remote': parameters schema is not a valid JSON Schema: "
          + "/properties/n/minimum: ");
      assertThat(result.toolCalls().get(0).error()).isInstanceOf(dev.agentruntime.core.error.ToolExecutionException.class);
      assertThat(calls).hasValue(0);
    }
  }

  @Test
  void throwingToolIsReportedToModelAndRunContinues() {
    Tool broken = Tool.builder("broken").handler(inv -> {
      throw new IllegalStateException("database is down");
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("broken", "{}")
        .thenRespond(r -> "sorry: " + r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(broken).build()) {
      AgentResult result = runtime.run("go");
      assertThat(result.output()).isEqualTo("sorry: tool 'broken' failed: database is down");
      ToolCallRecord rec = result.toolCalls().get(0);
      assertThat(rec.error()).isInstanceOf(dev.agentruntime.core.error.ToolExecutionException.class);
    }
  }

  @Test
  void independentToolCallsOfOneStepRunInParallelBounded() throws Exception {
    int n = 6;
    CountDownLatch twoRunning = new CountDownLatch(2);
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Tool slow = Tool.builder("slow").parameters("{\"type\":\"object\",\"properties\":{\"i\":{\"type\":\"integer\"}}}")
        .handler(inv -> {
          int c = concurrent.incrementAndGet();
          maxConcurrent.accumulateAndGet(c, Math::max);
          threads.add(Thread.currentThread().getName());
          twoRunning.countDown();
          twoRunning.await(2, TimeUnit.SECONDS);
          Thread.sleep(20);
          concurrent.decrementAndGet();
          return "r" + inv.arguments().getLong("i");
        }).build();
    ToolCall[] calls = new ToolCall[n];
    for (int i = 0; i < n; i++) {
      calls[i] = ToolCall.of("c" + i, "slow", "{\"i\":" + i + "}");
    }
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(calls)
        .thenRespond(r -> {
          StringBuilder sb = new StringBuilder();
          for (ChatMessage m : r.messages()) {
            if (m instanceof ToolResultMessage t) {
              sb.append(t.toolCallId()).append('=').append(t.text()).append(' ');
            }
          }
          return sb.toString().trim();
        })
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).tools(slow)
        .loop(dev.agentruntime.core.loop.ToolCallingLoop.builder().maxParallelToolCalls(3).build()).build()) {
      AgentResult result = runtime.run("go");
      // results come back in the order the model asked, each matched to its call id
      assertThat(result.output()).isEqualTo("c0=r0 c1=r1 c2=r2 c3=r3 c4=r4 c5=r5");
      assertThat(maxConcurrent.get()).isBetween(2, 3);
      assertThat(threads.size()).isGreaterThan(1);
    }
  }

  @Test
  void historyIsSentBeforeInput() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenRespond(r -> r.messages().size() + ":" + r.messages().get(0).text()).build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model).build()) {
      AgentResult result = runtime.run("second question",
          RunOptions.builder().history(List.of(new UserMessage("first question"),
              dev.agentruntime.core.model.AssistantMessage.of("first answer"))).build());
      assertThat(result.output()).isEqualTo("3:first question");
    } catch (AgentRuntimeException e) {
      throw e;
    }
  }

  @Test
  void disabledToolIsHiddenFromModelAndRefusedWithReason() {
    AtomicInteger calls = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":1}")
        .thenRespond(r -> r.tools().size() + " tools; " + r.lastMessage().text())
        .build();
    try (AgentRuntime runtime = AgentRuntime.builder().model(model)
        .tools(TestTools.lookupOrder(calls), TestTools.echo())
        .resilience(ResiliencePolicy.none()).build()) {
      runtime.tools().disable("lookup_order", "returns wrong data");
      AgentResult result = runtime.run("order 1");
      assertThat(result.output()).isEqualTo("1 tools; Tool 'lookup_order' is disabled (returns wrong data). "
          + "Do not call it again; use another tool or answer without it.");
      assertThat(calls).hasValue(0);

      runtime.tools().enable("lookup_order");
      AgentResult again = runtime.run("order 1");
      assertThat(again.output()).isEqualTo("2 tools; order 1 shipped");
      assertThat(calls).hasValue(1);
    }
  }

  @Test
  void modelCallEventsCarryUsage() {
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("hi").build()).listener(rec).build()) {
      runtime.run("hello");
    }
    ModelCallCompleted done = rec.of(ModelCallCompleted.class).get(0);
    assertThat(done.usage().inputTokens()).isPositive();
    assertThat(done.finishReason()).isEqualTo("stop");
    assertThat(done.error()).isNull();
    assertThat(rec.of(StepStarted.class)).extracting(StepStarted::step).containsExactly(1);
    assertThat(rec.of(ToolCallCompleted.class)).isEmpty();
  }
}
