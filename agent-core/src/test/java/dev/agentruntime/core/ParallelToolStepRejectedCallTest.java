package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.error.RunCancelledException;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parallel tool call the executor rejects runs on the step's thread, as a call made one after
 * the other runs its rejected tool body on the run's thread: the run goes on, its results intact.
 */
class ParallelToolStepRejectedCallTest {

  private static ScriptedModelClient twoCalls() {
    return ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "echo", "{\"n\":1}"), ToolCall.of("c2", "echo", "{\"n\":2}"))
        .thenRespond("done").build();
  }

  @Test
  void callsAFullPoolRejectsRunOnTheStepsThreadInOrder() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    // full: every call and every tool body is rejected
    ThreadPoolExecutor pool = BusyPools.oneThreadHeld(1, new ThreadPoolExecutor.AbortPolicy(), hold);
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    Tool echo = Tool.builder("echo").description("echo").handler(inv -> {
      ran.add(inv.call().id() + " on " + Thread.currentThread().getName());
      return "echo " + inv.call().arguments();
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (AgentRuntime rt = AgentRuntime.builder().model(twoCalls()).tools(echo).executor(pool)
        .listener(events::add).build()) {
      AgentResult r = rt.run("go");

      assertThat(r.stopReason()).isEqualTo(StopReason.COMPLETED);
      assertThat(r.output()).isEqualTo("done");
      assertThat(r.toolCalls()).extracting(c -> c.call().id() + ": " + c.result().content())
          .containsExactly("c1: echo {\"n\":1}", "c2: echo {\"n\":2}");
      String caller = Thread.currentThread().getName();
      assertThat(ran).containsExactly("c1 on " + caller, "c2 on " + caller);
      synchronized (events) {
        assertThat(events).filteredOn(ev -> ev instanceof ToolCallStarted || ev instanceof ToolCallCompleted
                || ev instanceof RunCompleted)
            .extracting(ParallelToolStepRejectedCallTest::describe)
            .containsExactly("started c1", "completed c1", "started c2", "completed c2", "run completed");
      }
    } finally {
      hold.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aCallThePoolRejectsRunsBesideTheCallItAccepted() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    // c1 takes the other thread; c2 is rejected
    ThreadPoolExecutor pool = BusyPools.oneThreadHeld(2, new ThreadPoolExecutor.AbortPolicy(), hold);
    CountDownLatch c2Ran = new CountDownLatch(1);
    List<String> finished = Collections.synchronizedList(new ArrayList<>());
    Tool echo = Tool.builder("echo").description("echo").handler(inv -> {
      if (inv.call().id().equals("c1")) {
        // finishes once c2 has run: c2 runs while c1 is under way
        finished.add(c2Ran.await(10, TimeUnit.SECONDS) ? "c1" : "c1, without c2 in 10 s");
      } else {
        finished.add("c2"); // before the count-down: c1 may add itself the moment it is released
        c2Ran.countDown();
      }
      return "echo " + inv.call().id();
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (AgentRuntime rt = AgentRuntime.builder().model(twoCalls()).tools(echo).executor(pool)
        .listener(events::add).build()) {
      AgentResult r = rt.run("go");

      assertThat(r.stopReason()).isEqualTo(StopReason.COMPLETED);
      assertThat(r.toolCalls()).extracting(c -> c.call().id() + ": " + c.result().content())
          .containsExactlyInAnyOrder("c1: echo c1", "c2: echo c2");
      assertThat(finished).containsExactly("c2", "c1");
      synchronized (events) {
        List<String> described = events.stream()
            .filter(ev -> ev instanceof ToolCallStarted || ev instanceof ToolCallCompleted || ev instanceof RunCompleted)
            .map(ParallelToolStepRejectedCallTest::describe).toList();
        assertThat(described).containsExactlyInAnyOrder(
            "started c1", "completed c1", "started c2", "completed c2", "run completed");
        assertThat(described.indexOf("started c2")).isLessThan(described.indexOf("completed c2"));
        assertThat(described.get(described.size() - 1)).isEqualTo("run completed");
      }
    } finally {
      hold.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void cancelEndsTheRunAtOnceWhileARejectedCallRunsOnTheStepsThread() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    // the run takes a thread, c1 the last one; c2 is rejected
    ThreadPoolExecutor pool = BusyPools.oneThreadHeld(3, new ThreadPoolExecutor.AbortPolicy(), hold);
    CountDownLatch underWay = new CountDownLatch(2);
    AtomicBoolean release = new AtomicBoolean();
    AgentInterceptor stubborn = AgentInterceptor.ofToolCall("stubborn", chain -> {
      if (chain.call().id().equals("c1")) {
        underWay.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!release.get() && System.nanoTime() < end) {
          Thread.onSpinWait(); // as a store's network call that ignores interrupts
        }
      }
      return chain.proceed(chain.call());
    });
    Tool echo = Tool.builder("echo").description("echo").handler(inv -> {
      underWay.countDown();
      new CountDownLatch(1).await(20, TimeUnit.SECONDS);
      return "late";
    }).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(twoCalls()).tools(echo).interceptor(stubborn)
        .executor(pool).build()) {
      RunHandle h = rt.start("go", RunOptions.defaults());
      assertThat(underWay.await(5, TimeUnit.SECONDS)).isTrue();
      long t0 = System.nanoTime();
      h.cancel("stop");
      Throwable e = catchThrowable(h::join);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      release.set(true);
      assertThat(e).isInstanceOf(RunCancelledException.class);
      assertThat(millis).as("cancel waited for c1's interceptor").isLessThan(5_000);
    } finally {
      release.set(true);
      hold.countDown();
      pool.shutdownNow();
    }
  }

  /** A shut-down executor rejects everything: the calls run as they do when made one after the other. */
  @ParameterizedTest(name = "maxParallelToolCalls {0}")
  @ValueSource(ints = {1, 4})
  void onAShutDownExecutorParallelCallsEndAsSequentialOnes(int parallel) throws Exception {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new SynchronousQueue<>());
    pool.shutdown();
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    Tool echo = Tool.builder("echo").description("echo").handler(inv -> {
      ran.add(inv.call().id());
      return "echo " + inv.call().id();
    }).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(twoCalls()).tools(echo).executor(pool)
        .loop(ToolCallingLoop.builder().maxParallelToolCalls(parallel).build()).build()) {
      AgentResult r = rt.run("go");

      assertThat(r.stopReason()).isEqualTo(StopReason.COMPLETED);
      assertThat(r.toolCalls()).extracting(c -> c.call().id() + ": " + c.result().content())
          .containsExactly("c1: echo c1", "c2: echo c2");
      assertThat(ran).containsExactly("c1", "c2");
    }
  }

  private static String describe(AgentEvent ev) {
    if (ev instanceof ToolCallStarted s) {
      return "started " + s.toolCallId();
    }
    if (ev instanceof ToolCallCompleted c) {
      return (c.isError() ? "failed " : "completed ") + c.toolCallId();
    }
    return "run completed";
  }
}
