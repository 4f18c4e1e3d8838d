package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bug 2: every stream ends with exactly one terminal event, whatever happens. */
class StreamTerminalTest {

  private static List<AgentEvent> drain(EventStream events) {
    List<AgentEvent> seen = new ArrayList<>();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (AgentEvent e : events) {
        seen.add(e);
      }
    }, "the event stream never ended");
    return seen;
  }

  private static long terminals(List<AgentEvent> seen) {
    return seen.stream().filter(e -> e instanceof RunCompleted || e instanceof RunFailed).count();
  }

  @Test
  void aRunRefusedByMaxConcurrentRunsEndsItsStreamWithRunFailed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("x").build())
        .maxConcurrentRuns(1, Duration.ZERO).build()) {
      RunHandle blocker = rt.start("block", RunOptions.defaults(), (in, ctx) -> {
        started.countDown();
        release.await(10, TimeUnit.SECONDS);
        return "done";
      });
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      try (EventStream events = rt.stream("refused")) {
        List<AgentEvent> seen = drain(events);
        assertThat(terminals(seen)).isEqualTo(1);
        assertThat(seen.get(seen.size() - 1)).isInstanceOfSatisfying(RunFailed.class,
            f -> assertThat(f.message()).contains("maxConcurrentRuns"));
        assertThat(events.result()).isCompletedExceptionally();
      } finally {
        release.countDown();
        blocker.join();
      }
    }
  }

  @Test
  void aToolThrowingAnErrorEndsTheStreamWithRunFailedAndTheErrorIsReported() throws Exception {
    Tool overflow = Tool.builder("recurse").description("recurses").handler(inv -> {
      throw new StackOverflowError("deep");
    }).build();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenCallTool("recurse", "{}").thenRespond("never").build())
        .tools(overflow).build()) {
      try (EventStream events = rt.stream("go")) {
        List<AgentEvent> seen = drain(events);
        assertThat(terminals(seen)).isEqualTo(1);
        assertThat(seen.get(seen.size() - 1)).isInstanceOfSatisfying(RunFailed.class,
            f -> assertThat(f.errorType()).isEqualTo("StackOverflowError"));
        assertThat(events.result()).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .havingCause().isInstanceOf(StackOverflowError.class);
      }
    }
  }

  /** A loop that waited for work it handed to another thread, which failed with an Error. */
  @Test
  void anErrorWrappedByAFutureEndsTheStreamWithRunFailed() throws Exception {
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> java.util.concurrent.CompletableFuture.<String>supplyAsync(() -> {
          throw new AssertionError("a bug in the work handed off");
        }).join())
        .build()) {
      try (EventStream events = rt.stream("go")) {
        List<AgentEvent> seen = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> drain(events), "the stream ended");
        assertThat(terminals(seen)).isEqualTo(1);
        assertThat(seen.get(seen.size() - 1)).isInstanceOfSatisfying(RunFailed.class,
            f -> assertThat(f.errorType()).isEqualTo("AssertionError"));
        assertThat(events.result()).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .havingCause().isInstanceOf(AssertionError.class);
      }
    }
  }
}
