package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code maxDuration} that stops gracefully ends a run whose step's tool calls run in parallel
 * as it ends one whose calls run one after the other: the calls under way are abandoned and
 * reported, the model is asked for its best answer and the run returns LIMIT_REACHED.
 */
class ParallelToolStepGracefulDeadlineTest {

  private static RunLimits gracefulDeadline(Duration d) {
    return RunLimits.builder().maxDuration(d).onLimit(Limit.MAX_DURATION, LimitReaction.STOP_GRACEFULLY).build();
  }

  private static ScriptedModelClient threeCalls(String tool) {
    return ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", tool, "{\"n\":1}"), ToolCall.of("c2", tool, "{\"n\":2}"),
            ToolCall.of("c3", tool, "{\"n\":3}"))
        .thenRespond(r -> r.tools().isEmpty() ? "partial answer" : "full answer").build();
  }

  /** 1: the calls one after the other (as it was); 2: c3 waits for a slot; 4: all three at once. */
  @ParameterizedTest(name = "maxParallelToolCalls {0}")
  @ValueSource(ints = {1, 2, 4})
  void aGracefulDeadlineDuringAStepReturnsLimitReached(int parallel) throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger bodiesStarted = new AtomicInteger();
    AtomicInteger bodiesFinished = new AtomicInteger();
    CountDownLatch bodiesInterrupted = new CountDownLatch(Math.min(parallel, 3));
    Tool slow = Tool.builder("slow").description("slow").handler(inv -> {
      bodiesStarted.incrementAndGet();
      try {
        never.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        bodiesInterrupted.countDown();
        throw e;
      }
      bodiesFinished.incrementAndGet();
      return "late";
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (AgentRuntime rt = AgentRuntime.builder().model(threeCalls("slow")).tools(slow)
        .loop(ToolCallingLoop.builder().maxParallelToolCalls(parallel).build())
        .limits(gracefulDeadline(Duration.ofSeconds(2))).listener(events::add).build()) {
      AgentResult r = rt.run("go");
      List<AgentEvent> atReturn;
      synchronized (events) {
        atReturn = new ArrayList<>(events);
      }

      assertThat(r.stopReason()).isEqualTo(StopReason.LIMIT_REACHED);
      assertThat(r.limit()).isEqualTo(Limit.MAX_DURATION);
      assertThat(r.output()).isEqualTo("partial answer");
      assertThat(bodiesStarted.get()).as("tool bodies under way when the deadline passed")
          .isEqualTo(Math.min(parallel, 3));
      assertEveryCallReportedBeforeTheRunCompleted(atReturn, "c1", "c2", "c3");
      assertThat(bodiesInterrupted.await(5, TimeUnit.SECONDS)).as("the bodies under way were interrupted").isTrue();
      assertThat(bodiesFinished.get()).as("bodies that ran to their end").isZero();
    }
  }

  @Test
  void aGracefulDeadlineEndsAStepWhoseCallsTheExecutorDroppedWithLimitReached() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    // the pool's one thread is busy: the calls are dropped without a word
    ThreadPoolExecutor pool = BusyPools.oneThreadHeld(1, new ThreadPoolExecutor.DiscardPolicy(), hold);
    AtomicInteger bodiesStarted = new AtomicInteger();
    Tool t = Tool.builder("t").description("t").handler(inv -> {
      bodiesStarted.incrementAndGet();
      return "ok";
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (AgentRuntime rt = AgentRuntime.builder().model(threeCalls("t")).tools(t).executor(pool)
        .limits(gracefulDeadline(Duration.ofMillis(500))).listener(events::add).build()) {
      AgentResult r = rt.run("go");

      assertThat(r.stopReason()).isEqualTo(StopReason.LIMIT_REACHED);
      assertThat(r.output()).isEqualTo("partial answer");
      assertThat(bodiesStarted.get()).isZero();
      synchronized (events) {
        assertEveryCallReportedBeforeTheRunCompleted(events, "c1", "c2", "c3");
      }
    } finally {
      hold.countDown();
      pool.shutdownNow();
    }
  }

  /** Each call started once and completed (as an error) once, before RunCompleted; no RunFailed. */
  private static void assertEveryCallReportedBeforeTheRunCompleted(List<AgentEvent> events, String... ids) {
    int completed = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof RunCompleted) {
        completed = i;
      }
    }
    assertThat(events).as("events").noneMatch(RunFailed.class::isInstance);
    assertThat(completed).as("RunCompleted in %s", events).isGreaterThanOrEqualTo(0);
    List<AgentEvent> before = events.subList(0, completed);
    assertThat(before).filteredOn(ToolCallStarted.class::isInstance)
        .extracting(ev -> ((ToolCallStarted) ev).toolCallId()).containsExactlyInAnyOrder(ids);
    assertThat(before).filteredOn(ToolCallCompleted.class::isInstance)
        .allMatch(ev -> ((ToolCallCompleted) ev).isError(), "isError")
        .extracting(ev -> ((ToolCallCompleted) ev).toolCallId()).containsExactlyInAnyOrder(ids);
    assertThat(events.subList(completed + 1, events.size())).as("events after RunCompleted").isEmpty();
  }
}
