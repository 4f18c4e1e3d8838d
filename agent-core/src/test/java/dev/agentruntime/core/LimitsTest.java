package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.error.StepLimitExceededException;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimitsTest {

  /** A model that calls the echo tool with a fresh argument forever, and answers when asked to wrap up. */
  private static ScriptedModelClient runaway() {
    AtomicInteger n = new AtomicInteger();
    return ScriptedModelClient.builder()
        .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true)
        .thenAnswer(r -> {
          if (r.tools().isEmpty()) {
            return dev.agentruntime.core.model.ModelResponse.ofText("best so far after "
                + r.messages().stream().filter(m -> m.role().equals("tool")).count() + " tool results",
                dev.agentruntime.core.model.TokenUsage.of(10, 5));
          }
          return new dev.agentruntime.core.model.ModelResponse(
              new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(
                  dev.agentruntime.core.model.ToolCall.of("c" + n.incrementAndGet(), "echo",
                      "{\"text\":\"" + n.get() + "\"}"))),
              dev.agentruntime.core.model.TokenUsage.of(10, 5), null, null, null, null);
        })
        .build();
  }

  private static AgentRuntime runtime(ScriptedModelClient model, RunLimits limits, TestTools.Recorder rec) {
    return AgentRuntime.builder().model(model).tools(TestTools.echo()).limits(limits)
        .resilience(ResiliencePolicy.none()).listener(rec).build();
  }

  @Test
  void maxStepsFailsWithPartialResult() {
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = runtime(runaway(), RunLimits.builder().maxSteps(3).build(), rec)) {
      assertThatThrownBy(() -> rt.run("loop forever"))
          .isInstanceOfSatisfying(StepLimitExceededException.class, e -> {
            assertThat(e.limit()).isEqualTo(Limit.MAX_STEPS);
            assertThat(e.getMessage()).contains("maxSteps=3");
            assertThat(e.runId()).isNotNull();
            AgentResult partial = e.partialResult().orElseThrow();
            assertThat(partial.steps()).isEqualTo(4);
            assertThat(partial.toolCalls()).hasSize(3);
            assertThat(partial.modelCalls()).hasSize(4); // the 4th was refused before the model
            assertThat(partial.modelCalls().get(3).succeeded()).isFalse();
            assertThat(partial.stopReason()).isEqualTo(StopReason.FAILED);
            assertThat(partial.limit()).isEqualTo(Limit.MAX_STEPS);
          });
      assertThat(rec.of(LimitReached.class)).singleElement()
          .satisfies(l -> assertThat(l.graceful()).isFalse());
    }
  }

  @Test
  void maxStepsStopsGracefullyWithWrapUpAnswer() {
    ScriptedModelClient model = runaway();
    RunLimits limits = RunLimits.builder().maxSteps(3).onLimit(Limit.MAX_STEPS, LimitReaction.STOP_GRACEFULLY).build();
    try (AgentRuntime rt = runtime(model, limits, new TestTools.Recorder())) {
      AgentResult r = rt.run("loop forever");
      assertThat(r.cutShort()).isTrue();
      assertThat(r.stopReason()).isEqualTo(StopReason.LIMIT_REACHED);
      assertThat(r.limit()).isEqualTo(Limit.MAX_STEPS);
      assertThat(r.output()).isEqualTo("best so far after 3 tool results");
      ModelRequest last = r.modelCalls().get(r.modelCalls().size() - 1).request();
      assertThat(last.tools()).isEmpty();
      assertThat(last.lastMessage().text()).contains("reached a limit").contains("maxSteps=3");
    }
  }

  @Test
  void maxToolCallsStopsGracefullyAndAnswersEveryPendingCall() {
    RunLimits limits = RunLimits.builder().maxSteps(0).maxToolCalls(2)
        .defaultReaction(LimitReaction.STOP_GRACEFULLY).build();
    try (AgentRuntime rt = runtime(runaway(), limits, new TestTools.Recorder())) {
      AgentResult r = rt.run("loop");
      assertThat(r.limit()).isEqualTo(Limit.MAX_TOOL_CALLS);
      assertThat(r.output()).isEqualTo("best so far after 3 tool results"); // 2 results + 1 refusal
      ModelRequest last = r.modelCalls().get(r.modelCalls().size() - 1).request();
      ChatMessage refusal = last.messages().get(last.messages().size() - 2);
      assertThat(refusal.text()).startsWith("Not executed: run reached its tool-call limit");
    }
  }

  @Test
  void maxModelCallsAndPerToolLimitsFail() {
    try (AgentRuntime rt = runtime(runaway(), RunLimits.builder().maxSteps(0).maxModelCalls(2).build(),
        new TestTools.Recorder())) {
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class,
          e -> assertThat(e.limit()).isEqualTo(Limit.MAX_MODEL_CALLS));
    }
    try (AgentRuntime rt = runtime(runaway(), RunLimits.builder().maxSteps(0).maxToolCalls("echo", 4).build(),
        new TestTools.Recorder())) {
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class, e -> {
        assertThat(e.limit()).isEqualTo(Limit.MAX_TOOL_CALLS_PER_TOOL);
        assertThat(e.getMessage()).contains("'echo'");
        assertThat(e.partialResult().orElseThrow().toolCalls()).hasSize(5);
      });
    }
  }

  @Test
  void sameCallRepeatedIsDetectedAsLoop() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true).thenCallTool("echo", "{\"text\":\"same\"}").build();
    try (AgentRuntime rt = runtime(model, RunLimits.builder().maxSteps(50).maxRepeatedToolCalls(3).build(),
        new TestTools.Recorder())) {
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class, e -> {
        assertThat(e.limit()).isEqualTo(Limit.REPEATED_TOOL_CALL);
        assertThat(e.partialResult().orElseThrow().toolCalls()).hasSize(4);
      });
    }
  }

  @Test
  void argumentOrderDoesNotHideARepeat() {
    AtomicInteger n = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true)
        .thenAnswer(r -> new dev.agentruntime.core.model.ModelResponse(
            new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(
                dev.agentruntime.core.model.ToolCall.of("c", "echo", n.incrementAndGet() % 2 == 0
                    ? "{\"text\":\"a\",\"x\":1}" : "{ \"x\": 1, \"text\": \"a\" }"))),
            null, null, null, null, null))
        .build();
    try (AgentRuntime rt = runtime(model, RunLimits.builder().maxRepeatedToolCalls(2).cycleRepetitions(0).build(),
        new TestTools.Recorder())) {
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class,
          e -> assertThat(e.partialResult().orElseThrow().toolCalls()).hasSize(3));
    }
  }

  @Test
  void repeatingCycleOfCallsIsDetected() {
    AtomicInteger n = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true)
        .thenAnswer(r -> new dev.agentruntime.core.model.ModelResponse(
            new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(
                dev.agentruntime.core.model.ToolCall.of("c", "echo",
                    "{\"text\":\"" + "abc".charAt(n.getAndIncrement() % 3) + "\"}"))),
            null, null, null, null, null))
        .build();
    try (AgentRuntime rt = runtime(model,
        RunLimits.builder().maxSteps(0).maxRepeatedToolCalls(0).cycleRepetitions(3).build(), new TestTools.Recorder())) {
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class, e -> {
        assertThat(e.limit()).isEqualTo(Limit.TOOL_CALL_CYCLE);
        assertThat(e.getMessage()).contains("cycle of 3 tool calls");
        assertThat(e.partialResult().orElseThrow().toolCalls()).hasSize(9);
      });
    }
  }

  @Test
  void wallClockLimitInterruptsABlockedTool() {
    CountDownLatch never = new CountDownLatch(1);
    Tool blocking = Tool.builder("wait_forever").handler(inv -> {
      never.await();
      return "unreachable";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("wait_forever", "{}").thenRespond("x").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(blocking).resilience(ResiliencePolicy.none())
        .limits(RunLimits.builder().maxDuration(Duration.ofMillis(200)).build()).build()) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> rt.run("x")).isInstanceOfSatisfying(LimitExceededException.class,
          e -> assertThat(e.limit()).isEqualTo(Limit.MAX_DURATION));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }

  @Test
  void wallClockLimitCanStopGracefully() {
    Tool slow = Tool.builder("slow").handler(inv -> {
      Thread.sleep(10_000);
      return "late";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("slow", "{}")
        .thenRespond(r -> r.tools().isEmpty() ? "partial answer" : "full answer").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(slow).resilience(ResiliencePolicy.none())
        .limits(RunLimits.builder().maxDuration(Duration.ofMillis(200))
            .onLimit(Limit.MAX_DURATION, LimitReaction.STOP_GRACEFULLY).build()).build()) {
      AgentResult r = rt.run("x");
      assertThat(r.output()).isEqualTo("partial answer");
      assertThat(r.limit()).isEqualTo(Limit.MAX_DURATION);
    }
  }

  @Test
  void cancellationStopsARunBlockedInsideATool() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    AtomicInteger interrupted = new AtomicInteger();
    Tool blocking = Tool.builder("block").handler(inv -> {
      entered.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
        throw e;
      }
      return "unreachable";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("block", "{}").thenRespond("x").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(blocking).build()) {
      RunHandle handle = rt.start("x", RunOptions.defaults());
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      handle.cancel("user pressed stop");
      assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOfSatisfying(RunCancelledException.class, e -> {
            assertThat(e.getMessage()).contains("user pressed stop");
            assertThat(e.runId()).isEqualTo(handle.runId());
            assertThat(e.partialResult().orElseThrow().stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(e.partialResult().orElseThrow().toolCalls()).hasSize(1);
          });
      // the tool runs on the runtime's executor: the run ends at once, and the tool's thread sees the
      // interrupt on its own schedule — wait for it, then check it came exactly once
      for (int i = 0; i < 500 && interrupted.get() == 0; i++) {
        Thread.sleep(10);
      }
      assertThat(interrupted).hasValue(1);
      assertThat(model.calls()).isEqualTo(1); // no retry of a cancelled tool, no further model call
    }
  }

  @Test
  void concurrentRunCapRejectsAfterBoundedWait() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(2);
    try (AgentRuntime rt = AgentRuntime.builder().maxConcurrentRuns(2, Duration.ofMillis(100)).build()) {
      AgentLoop blockingLoop = (in, ctx) -> {
        started.countDown();
        release.await();
        return in;
      };
      RunHandle a = rt.start("a", RunOptions.defaults(), blockingLoop);
      RunHandle b = rt.start("b", RunOptions.defaults(), blockingLoop);
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> rt.run("c", blockingLoop)).isInstanceOfSatisfying(LimitExceededException.class,
          e -> assertThat(e.limit()).isEqualTo(Limit.CONCURRENT_RUNS));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
      release.countDown();
      assertThat(a.join().output()).isEqualTo("a");
      assertThat(b.join().output()).isEqualTo("b");
      assertThat(rt.run("d", (in, ctx) -> in).output()).isEqualTo("d"); // slots are given back
    }
  }

  @Test
  void customLoopHittingGracefulLimitReturnsLastText() {
    ScriptedModelClient model = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true).thenRespond(r -> "draft " + r.messages().size()).build();
    RunLimits limits = RunLimits.builder().maxModelCalls(2).defaultReaction(LimitReaction.STOP_GRACEFULLY).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).limits(limits).build()) {
      AgentResult r = rt.run("x", (in, ctx) -> {
        java.util.List<ChatMessage> msgs = new java.util.ArrayList<>();
        msgs.add(new UserMessage(in));
        while (true) {
          String t = ctx.model().chat(ModelRequest.builder().messages(msgs).build()).text();
          msgs.add(dev.agentruntime.core.model.AssistantMessage.of(t));
          msgs.add(new UserMessage("improve it"));
        }
      });
      assertThat(r.cutShort()).isTrue();
      assertThat(r.limit()).isEqualTo(Limit.MAX_MODEL_CALLS);
      assertThat(r.output()).isEqualTo("draft 3");
    }
  }

  @Test
  void limitsValidateAtBuild() {
    assertThatThrownBy(() -> RunLimits.builder().maxSteps(-1).build()).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> RunLimits.builder().maxDuration(Duration.ZERO).build()).hasMessageContaining("maxDuration");
    assertThatThrownBy(() -> RunLimits.builder().cycleRepetitions(1).build()).hasMessageContaining("cycleRepetitions");
    assertThatThrownBy(() -> RunLimits.builder().maxToolCalls("x", 0).build()).hasMessageContaining("maxToolCalls(\"x\")");
  }
  @Test
  void finishedRunWithLongDeadlineIsNotRetained() throws Exception {
    // a run with a long deadline ends at once; its cancelled watchdog must not keep the run's
    // context (its messages, attributes, results) reachable until the deadline
    java.util.concurrent.atomic.AtomicReference<java.lang.ref.WeakReference<Object>> ref =
        new java.util.concurrent.atomic.AtomicReference<>();
    AttributeKey<Object> held = AttributeKey.of("test.held", Object.class);
    try (AgentRuntime rt = AgentRuntime.builder()
        .limits(RunLimits.builder().maxDuration(Duration.ofHours(1)).build())
        .resilience(ResiliencePolicy.none()).build()) {
      rt.run("hi", (input, ctx) -> {
        Object state = new byte[1024];
        ctx.view().setAttribute(held, state);
        ref.set(new java.lang.ref.WeakReference<>(state));
        return "done";
      });
      for (int i = 0; i < 100 && ref.get().get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertThat(ref.get().get()).as("what the finished run held is collectable").isNull();
    }
  }
}
