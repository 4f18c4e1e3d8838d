package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.checkpoint.InDoubtHandler;
import dev.agentruntime.core.checkpoint.InMemoryCheckpointStore;
import dev.agentruntime.core.checkpoint.RunCheckpoint;
import dev.agentruntime.core.checkpoint.RunStatus;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DurableRunsTest {

  /** Stands in for the process dying: an Error no loop or interceptor handles. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static ScriptedModelClient model(AtomicInteger modelCalls) {
    return ScriptedModelClient.builder()
        .thenAnswer(r -> { modelCalls.incrementAndGet(); return dev.agentruntime.core.model.ModelResponse.ofText("", null)
            .withMessage(new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(
                ToolCall.of("c1", "refund", "{\"order\":42}")))); })
        .thenAnswer(r -> { modelCalls.incrementAndGet(); return dev.agentruntime.core.model.ModelResponse.ofText("", null)
            .withMessage(new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(
                ToolCall.of("c2", "lookup", "{\"order\":42}")))); })
        .thenRespond(r -> { modelCalls.incrementAndGet(); return "Refunded; " + r.lastMessage().text(); })
        .build();
  }

  private static Tool refund(AtomicInteger effects, boolean crashAfterEffect) {
    return Tool.builder("refund").sideEffecting(true).handler(inv -> {
      effects.incrementAndGet();
      if (crashAfterEffect) {
        throw new Crash();
      }
      return "refund R-" + effects.get();
    }).build();
  }

  private static Tool lookup() {
    return Tool.builder("lookup").handler(inv -> "order 42 status: refunded").build();
  }

  private static AgentInterceptor crashBefore(String tool) {
    return new AgentInterceptor() {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        if (chain.call().name().equals(tool)) {
          throw new Crash();
        }
        return chain.proceed(chain.call());
      }
    };
  }

  @Test
  void crashBeforeASecondToolResumesWithoutRepeatingModelCallsOrSideEffects() {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
    AtomicInteger effects = new AtomicInteger();
    AtomicInteger modelCalls = new AtomicInteger();
    RunOptions opts = RunOptions.builder().runId("run-1").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model(modelCalls)).tools(refund(effects, false), lookup())
        .idempotencyStore(idem).interceptor(DurableRuns.builder(checkpoints, idem).build())
        .interceptor(crashBefore("lookup")).build()) {
      assertThatThrownBy(() -> rt.run("refund order 42", opts)).isInstanceOf(Crash.class);
    }
    RunCheckpoint cp = checkpoints.load("run-1").orElseThrow();
    assertThat(cp.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(cp.pendingToolCalls()).extracting(ToolCall::name).containsExactly("lookup");
    assertThat(checkpoints.unfinished()).containsExactly("run-1");
    assertThat(modelCalls).hasValue(2);

    AgentResult resumed;
    try (AgentRuntime rt = AgentRuntime.builder().model(model(modelCalls)).tools(refund(effects, false), lookup())
        .idempotencyStore(idem).interceptor(DurableRuns.builder(checkpoints, idem).build()).build()) {
      resumed = rt.resume("run-1");
    }
    assertThat(resumed.output()).isEqualTo("Refunded; order 42 status: refunded");
    assertThat(effects).hasValue(1);
    assertThat(modelCalls).as("only the last model call is made again").hasValue(3);
    assertThat(resumed.modelCalls()).hasSize(3);
    assertThat(checkpoints.load("run-1").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(checkpoints.unfinished()).isEmpty();

    // the same run uninterrupted uses exactly the same tokens
    AgentResult straight;
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(refund(new AtomicInteger(), false), lookup())
        .build()) {
      straight = rt.run("refund order 42", RunOptions.builder().runId("run-1").build());
    }
    assertThat(resumed.usage()).isEqualTo(straight.usage());
    assertThat(resumed.output()).isEqualTo(straight.output());
  }

  @Test
  void sideEffectInDoubtIsNotRerunByDefaultAndTheHandlerCanSettleIt() {
    for (boolean custom : new boolean[] {false, true}) {
      InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
      InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
      AtomicInteger effects = new AtomicInteger();
      RunOptions opts = RunOptions.builder().runId("run-2").build();
      // the dying process never gets to release its claim
      dev.agentruntime.core.idempotency.IdempotencyStore dying = new dev.agentruntime.core.idempotency.IdempotencyStore() {
        @Override
        public Claim begin(String key, java.time.Duration ttl) {
          return idem.begin(key, ttl);
        }

        @Override
        public void complete(String key, ToolResult result, java.time.Duration ttl) {
          idem.complete(key, result, ttl);
        }

        @Override
        public void abandon(String key) {
        }
      };
      try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(refund(effects, true), lookup())
          .idempotencyStore(dying).interceptor(DurableRuns.builder(checkpoints, dying).build()).build()) {
        assertThatThrownBy(() -> rt.run("refund order 42", opts)).isInstanceOf(Crash.class);
      }
      assertThat(effects).hasValue(1);
      DurableRuns.Builder durable = DurableRuns.builder(checkpoints, idem);
      if (custom) {
        durable.inDoubtHandler((call, key, run) -> InDoubtHandler.Resolution.result(ToolResult.success("refund R-1")));
      }
      AgentResult r;
      try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(refund(effects, false), lookup())
          .idempotencyStore(idem).interceptor(durable.build()).build()) {
        r = rt.resume("run-2");
      }
      assertThat(effects).as("the refund ran once").hasValue(1);
      String refundResult = r.toolCalls().stream().filter(t -> t.call().name().equals("refund")).findFirst()
          .orElseThrow().result().content();
      if (custom) {
        assertThat(refundResult).isEqualTo("refund R-1");
      } else {
        assertThat(refundResult).contains("outcome of this 'refund' call is unknown");
      }
    }
  }

  @Test
  void resumeNeedsDurableRunsAndAKnownRun() {
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).build()) {
      assertThatThrownBy(() -> rt.resume("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("DurableRuns");
    }
    InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger()))
        .interceptor(DurableRuns.builder(new InMemoryCheckpointStore(), idem).build()).build()) {
      assertThatThrownBy(() -> rt.resume("nope")).hasMessageContaining("runId 'nope' has no checkpoint");
    }
  }

  /** Stops the process right after a tool finished, before its result is journaled. */
  private static AgentInterceptor crashAfter(String tool) {
    return new AgentInterceptor() {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        ToolResult r = chain.proceed(chain.call());
        if (chain.call().name().equals(tool)) {
          throw new Crash();
        }
        return r;
      }
    };
  }

  /**
   * The idempotency store DurableRuns settles in-doubt calls with is the one the runtime's
   * side-effecting tools claim in: given to DurableRuns only, the runtime uses it too; two
   * different ones are refused at build().
   */
  @Test
  void theRuntimeClaimsSideEffectsInTheStoreDurableRunsSettlesThemWith() {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
    AtomicInteger effects = new AtomicInteger();
    RunOptions opts = RunOptions.builder().runId("run-3").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(refund(effects, false), lookup())
        .interceptor(DurableRuns.builder(checkpoints, idem).build())
        .interceptor(dev.agentruntime.core.chain.Placement.in(dev.agentruntime.core.chain.Stage.RESILIENCE),
            crashAfter("refund"))
        .build()) {
      assertThatThrownBy(() -> rt.run("refund order 42", opts)).isInstanceOf(Crash.class);
    }
    assertThat(effects).hasValue(1);
    AgentResult resumed;
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(refund(effects, false), lookup())
        .interceptor(DurableRuns.builder(checkpoints, idem).build()).build()) {
      resumed = rt.resume("run-3");
    }
    assertThat(resumed.output()).isEqualTo("Refunded; order 42 status: refunded");
    assertThat(effects).as("the refund that finished before the crash is not made again").hasValue(1);

    assertThatThrownBy(() -> AgentRuntime.builder().model(model(new AtomicInteger()))
        .interceptor(DurableRuns.builder(checkpoints, idem).build())
        .idempotencyStore(new InMemoryIdempotencyStore()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DurableRuns").hasMessageContaining("idempotencyStore");
  }

  /**
   * A cancelled run stops waiting for a side-effecting tool that does not stop when interrupted;
   * the tool finishes its effect on its own, and its idempotency claim is settled with its result
   * then, not released when the run gave up on it: a resume does not make the refund again.
   */
  @Test
  void aToolAbandonedByACancelledRunStillSettlesItsClaimSoAResumeDoesNotRunItAgain() throws Exception {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
    AtomicInteger effects = new AtomicInteger();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    Tool stubborn = Tool.builder("refund").sideEffecting(true).handler(inv -> {
      started.countDown();
      long end = System.nanoTime() + 300_000_000L;
      while (System.nanoTime() < end) {
        Thread.onSpinWait(); // a backend call that ignores interrupts
      }
      int n = effects.incrementAndGet();
      finished.countDown();
      return "refund R-" + n;
    }).build();
    RunOptions opts = RunOptions.builder().runId("run-4").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(stubborn, lookup())
        .interceptor(DurableRuns.builder(checkpoints, idem).build()).build()) {
      RunHandle h = rt.start("refund order 42", opts);
      assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      h.cancel("the user left");
      assertThatThrownBy(h::join).isInstanceOf(dev.agentruntime.core.error.RunCancelledException.class);
      assertThat(finished.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200); // the tool's thread stores its result
    }
    assertThat(effects).hasValue(1);
    AgentResult resumed;
    try (AgentRuntime rt = AgentRuntime.builder().model(model(new AtomicInteger())).tools(stubborn, lookup())
        .interceptor(DurableRuns.builder(checkpoints, idem).build()).build()) {
      resumed = rt.resume("run-4");
    }
    assertThat(effects).as("refunds made").hasValue(1);
    assertThat(resumed.output()).isEqualTo("Refunded; order 42 status: refunded");
  }

  /**
   * A run is resumed as it was started: with the conversation history and the limits its options
   * gave (not the runtime's), and its replayed responses keep their finish reasons.
   */
  @Test
  void aResumedRunKeepsItsHistoryItsLimitsAndItsFinishReasons() {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    InMemoryIdempotencyStore idem = new InMemoryIdempotencyStore();
    java.util.List<String> lastRequest = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.function.Supplier<ScriptedModelClient> model = () -> ScriptedModelClient.builder()
        .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true)
        .thenAnswer(r -> {
          String seen = String.join("\n", r.messages().stream().map(m -> m.text()).toList());
          if (seen.contains("status: refunded")) {
            lastRequest.clear();
            r.messages().forEach(m -> lastRequest.add(m.role() + ":" + m.text()));
            return dev.agentruntime.core.model.ModelResponse.ofText("Refunded, Bob.", null);
          }
          ToolCall next = seen.contains("refund R-") ? ToolCall.of("c2", "lookup", "{}") : ToolCall.of("c1", "refund", "{}");
          return new dev.agentruntime.core.model.ModelResponse(
              new dev.agentruntime.core.model.AssistantMessage("", java.util.List.of(next)),
              dev.agentruntime.core.model.TokenUsage.of(5, 5), dev.agentruntime.core.model.FinishReason.TOOL_CALLS,
              null, null, null);
        })
        .build();
    RunOptions opts = RunOptions.builder().runId("run-5")
        .history(java.util.List.of(new dev.agentruntime.core.model.UserMessage("I'm Bob"),
            dev.agentruntime.core.model.AssistantMessage.of("Hi Bob")))
        .limits(dev.agentruntime.core.limits.RunLimits.builder().maxSteps(3).build())
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model.get()).tools(refund(new AtomicInteger(), false), lookup())
        .interceptor(DurableRuns.builder(checkpoints, idem).build()).interceptor(crashBefore("lookup")).build()) {
      assertThatThrownBy(() -> rt.run("refund my order", opts)).isInstanceOf(Crash.class);
    }
    AgentResult resumed;
    try (AgentRuntime rt = AgentRuntime.builder().model(model.get()).tools(refund(new AtomicInteger(), false), lookup())
        .limits(dev.agentruntime.core.limits.RunLimits.builder().maxSteps(2).build())
        .interceptor(DurableRuns.builder(checkpoints, idem).build()).build()) {
      resumed = rt.resume("run-5");
    }
    assertThat(resumed.output()).isEqualTo("Refunded, Bob.");
    assertThat(lastRequest).as("the last request of the resumed run").startsWith("user:I'm Bob", "assistant:Hi Bob");
    assertThat(resumed.modelCalls()).extracting(c -> c.response().finishReason())
        .containsExactly(dev.agentruntime.core.model.FinishReason.TOOL_CALLS,
            dev.agentruntime.core.model.FinishReason.TOOL_CALLS, dev.agentruntime.core.model.FinishReason.STOP);
  }
}
