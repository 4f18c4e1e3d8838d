package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * When one of a step's parallel tool calls fails the run, the run must not end while its sibling
 * calls are still running: they are interrupted and waited for, their failures are attached to the
 * one thrown, and every event of theirs arrives before the run's terminal {@link RunFailed}.
 */
class ParallelToolCallFailureTest {

  /** Refuses calls of the tools named, once {@code ready} opens (so the siblings are running). */
  private static AgentInterceptor refusing(CountDownLatch ready, String... names) {
    List<String> refused = List.of(names);
    return new AgentInterceptor() {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        if (refused.contains(chain.call().name())) {
          ready.await(10, TimeUnit.SECONDS);
          throw new GuardrailViolationException(chain.context().runId(), "policy-" + chain.call().name(),
              "tool_call", "not allowed");
        }
        return chain.proceed(chain.call());
      }
    };
  }

  private static void assertTerminalEventIsLast(TestTools.Recorder rec) {
    List<AgentEvent> events = rec.events;
    assertThat(events.get(events.size() - 1)).as("last event of " + rec.types()).isInstanceOf(RunFailed.class);
  }

  /**
   * A slow side-effecting sibling ({@code send_email}, 5 s) of a refused call: it used to keep
   * running after {@code run()} threw, and its ToolCallCompleted came after RunFailed.
   */
  @Test
  void aFailedCallInterruptsItsSiblingAndWaitsForItBeforeTheRunFails() {
    CountDownLatch siblingStarted = new CountDownLatch(1);
    CountDownLatch siblingInterrupted = new CountDownLatch(1);
    AtomicBoolean siblingRunning = new AtomicBoolean();
    Tool sendEmail = Tool.builder("send_email").description("sends").handler(inv -> {
      siblingRunning.set(true);
      siblingStarted.countDown();
      try {
        Thread.sleep(5_000);
        return "sent";
      } catch (InterruptedException e) {
        siblingInterrupted.countDown();
        throw e;
      } finally {
        siblingRunning.set(false);
      }
    }).build();
    Tool bad = Tool.builder("bad").description("bad").handler(inv -> "never").build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder()
            .thenCallTools(ToolCall.of("c1", "bad", "{}"), ToolCall.of("c2", "send_email", "{}"))
            .thenRespond("x").build())
        .tools(bad, sendEmail).interceptor(refusing(siblingStarted, "bad")).listener(rec).build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        assertThatThrownBy(() -> rt.run("go")).isInstanceOf(GuardrailViolationException.class);
      });
      assertThat(siblingRunning.get()).as("sibling tool still running after run() threw").isFalse();
      assertThat(siblingInterrupted.getCount()).as("sibling interrupted").isZero();
      assertThat(rec.of(ToolCallCompleted.class)).extracting(ToolCallCompleted::toolName)
          .containsExactlyInAnyOrder("bad", "send_email");
      assertTerminalEventIsLast(rec);
    }
  }

  /**
   * A sibling that ignores the interrupt (a busy loop, like a socket read) and finishes its side
   * effect: the run waits for it, so the effect is done and reported before the run fails.
   */
  @Test
  void aSiblingThatIgnoresTheInterruptIsWaitedFor() {
    CountDownLatch siblingStarted = new CountDownLatch(1);
    AtomicBoolean effectDone = new AtomicBoolean();
    Tool stubborn = Tool.builder("stubborn").description("busy").handler(inv -> {
      siblingStarted.countDown();
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      effectDone.set(true);
      return "done";
    }).build();
    Tool bad = Tool.builder("bad").description("bad").handler(inv -> "never").build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder()
            .thenCallTools(ToolCall.of("c1", "bad", "{}"), ToolCall.of("c2", "stubborn", "{}"))
            .thenRespond("x").build())
        .tools(bad, stubborn).interceptor(refusing(siblingStarted, "bad")).listener(rec).build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        assertThatThrownBy(() -> rt.run("go")).isInstanceOf(GuardrailViolationException.class);
      });
      assertThat(effectDone.get()).as("the sibling's side effect finished before run() threw").isTrue();
      assertThat(rec.of(ToolCallCompleted.class)).hasSize(2);
      assertTerminalEventIsLast(rec);
    }
  }

  /** Two calls refused at once: the one thrown carries the other's failure as suppressed. */
  @Test
  void theOtherCallsFailureIsAttachedAsSuppressed() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    AgentInterceptor both = new AgentInterceptor() {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        bothStarted.countDown();
        // not await(): the first refusal interrupts this call, which must still end with its own
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (bothStarted.getCount() > 0 && System.nanoTime() < end) {
          Thread.onSpinWait();
        }
        throw new GuardrailViolationException(chain.context().runId(), "policy-" + chain.call().name(),
            "tool_call", "not allowed");
      }
    };
    Tool a = Tool.builder("a").description("a").handler(inv -> "a").build();
    Tool b = Tool.builder("b").description("b").handler(inv -> "b").build();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder()
            .thenCallTools(ToolCall.of("c1", "a", "{}"), ToolCall.of("c2", "b", "{}"))
            .thenRespond("x").build())
        .tools(a, b).interceptor(both).build()) {
      Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> org.junit.jupiter.api.Assertions.assertThrows(GuardrailViolationException.class, () -> rt.run("go")));
      assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(GuardrailViolationException.class);
      GuardrailViolationException other = (GuardrailViolationException) thrown.getSuppressed()[0];
      assertThat(List.of(((GuardrailViolationException) thrown).guardrail(), other.guardrail()))
          .containsExactlyInAnyOrder("policy-a", "policy-b");
    }
  }
}
