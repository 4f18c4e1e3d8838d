package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.idempotency.IdempotencyKeys;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.tool.ToolResult;
import java.util.concurrent.ThreadPoolExecutor;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step's parallel tool calls end with the step: when one of them fails the run, its siblings are
 * stopped (their threads interrupted, their bodies abandoned as a cancelled run's are) and have
 * ended before the run reports its failure, and calls that had not started yet never start.
 */
class ParallelToolStepFailureTest {

  /** an interceptor that fails the run on calls to the tool named "fail", at once */
  private static final AgentInterceptor FAIL = failOnceUnderWay(new CountDownLatch(0));

  /**
   * An interceptor that fails the run on calls to the tool named "fail" once {@code sibling} has
   * been counted down (the sibling's code the test is about is under way), or after 10 s.
   */
  private static AgentInterceptor failOnceUnderWay(CountDownLatch sibling) {
    return AgentInterceptor.ofToolCall("fail-it", chain -> {
      if (chain.call().name().equals("fail")) {
        sibling.await(10, TimeUnit.SECONDS);
        throw new AgentRuntimeException(chain.context().runId(), "the audit log is unreachable");
      }
      return chain.proceed(chain.call());
    });
  }

  private static Tool failTool() {
    return Tool.builder("fail").description("fails").handler(inv -> "never").build();
  }

  @ParameterizedTest(name = "toolAttemptTimeout {0}")
  @ValueSource(booleans = {false, true})
  void aSiblingOfAFailedCallHasEndedBeforeTheRunFails(boolean timedAttempts) throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch bodyUnderWay = new CountDownLatch(1);
    Tool slow = Tool.builder("slow").description("slow").handler(inv -> {
      bodyUnderWay.countDown(); // the call fails now: an interrupt from here on reaches the await
      try {
        never.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return "late";
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "slow", "{}"), ToolCall.of("c2", "fail", "{}"))
        .thenRespond("done").build();
    AgentRuntime.Builder builder = AgentRuntime.builder().model(model).tools(slow, failTool())
        .interceptor(failOnceUnderWay(bodyUnderWay)).listener(events::add);
    if (timedAttempts) { // the sibling's attempt waits on a timed attempt, on another thread
      builder.resilience(ResiliencePolicy.builder().toolAttemptTimeout(Duration.ofSeconds(30)).build());
    }
    try (AgentRuntime rt = builder.build()) {
      long t0 = System.nanoTime();
      Throwable e = catchThrowable(() -> rt.run("go"));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      List<AgentEvent> atReturn;
      synchronized (events) {
        atReturn = new ArrayList<>(events);
      }

      assertThat(e).isInstanceOf(AgentRuntimeException.class).hasMessageContaining("audit log");
      assertThat(millis).as("the run did not wait for the sibling's 20 s").isLessThan(10_000);
      assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the sibling's body was interrupted").isTrue();
      int failed = indexOf(atReturn, RunFailed.class, null);
      int siblingDone = indexOf(atReturn, ToolCallCompleted.class, "c1");
      assertThat(failed).as("RunFailed was emitted").isGreaterThanOrEqualTo(0);
      assertThat(siblingDone).as("the sibling's ToolCallCompleted came before RunFailed: %s", atReturn)
          .isBetween(0, failed);
      assertThat(((ToolCallCompleted) atReturn.get(siblingDone)).isError()).isTrue();
    }
  }

  @Test
  void callsWaitingForAParallelSlotDoNotStartAfterASiblingFailedTheStep() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch slowUnderWay = new CountDownLatch(1);
    Tool slow = Tool.builder("slow").description("slow").handler(inv -> {
      slowUnderWay.countDown();
      never.await(20, TimeUnit.SECONDS);
      return "late";
    }).build();
    List<String> executed = Collections.synchronizedList(new ArrayList<>());
    Tool work = Tool.builder("work").description("works").handler(inv -> {
      executed.add(inv.call().id());
      return "ok";
    }).build();
    List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "fail", "{}"), ToolCall.of("c2", "slow", "{}"),
            ToolCall.of("c3", "work", "{}"), ToolCall.of("c4", "work", "{}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(slow, work, failTool())
        .interceptor(failOnceUnderWay(slowUnderWay)) // c2 began: both slots are taken when c1 fails
        .loop(ToolCallingLoop.builder().maxParallelToolCalls(2).build())
        .listener(events::add).build()) {
      Throwable e = catchThrowable(() -> rt.run("go"));
      assertThat(e).isInstanceOf(AgentRuntimeException.class).hasMessageContaining("audit log");
      Thread.sleep(300); // time for a call that was wrongly started after the failure to show
      assertThat(executed).as("calls queued behind the failed one").isEmpty();
      synchronized (events) {
        assertThat(events).filteredOn(ToolCallStarted.class::isInstance)
            .extracting(ev -> ((ToolCallStarted) ev).toolCallId()).containsExactlyInAnyOrder("c1", "c2");
      }
    }
  }

  @Test
  void anInterruptedRunReturnsAlthoughItsParallelToolsIgnoreInterrupts() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    AtomicBoolean release = new AtomicBoolean();
    Tool stubborn = Tool.builder("stubborn").description("ignores interrupts").handler(inv -> {
      started.countDown();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!release.get() && System.nanoTime() < end) {
        Thread.onSpinWait(); // a busy loop: no interrupt reaches it
      }
      return "late";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "stubborn", "{\"n\":1}"), ToolCall.of("c2", "stubborn", "{\"n\":2}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(stubborn).build()) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread caller = new Thread(() -> failure.set(catchThrowable(() -> rt.run("go"))));
      caller.start();
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      long t0 = System.nanoTime();
      caller.interrupt();
      caller.join(10_000);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      release.set(true);
      assertThat(caller.isAlive()).as("run() still waiting for tools that ignore interrupts").isFalse();
      assertThat(millis).isLessThan(5_000);
      assertThat(failure.get()).isNotNull();
    }
  }

  @Test
  void theDeadlineEndsARunWhoseParallelCallTheExecutorDropped() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    // the pool's one thread is busy: the calls are dropped without a word
    ThreadPoolExecutor pool = BusyPools.oneThreadHeld(1, new ThreadPoolExecutor.DiscardPolicy(), hold);
    Tool t = Tool.builder("t").description("t").handler(inv -> "ok").build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "t", "{}"), ToolCall.of("c2", "t", "{}")).thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(t).executor(pool)
        .limits(RunLimits.builder().maxDuration(Duration.ofMillis(500)).build()).build()) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread caller = new Thread(() -> failure.set(catchThrowable(() -> rt.run("go"))));
      caller.setDaemon(true);
      caller.start();
      caller.join(10_000);
      assertThat(caller.isAlive()).as("run() blocked past its 500 ms deadline").isFalse();
      assertThat(failure.get()).isInstanceOf(LimitExceededException.class);
    } finally {
      hold.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void onAnExecutorThatRunsTasksAtOnceNoCallStartsAfterOneFailed() {
    List<String> executed = Collections.synchronizedList(new ArrayList<>());
    Tool work = Tool.builder("work").description("works").handler(inv -> {
      executed.add(inv.call().id());
      return "ok";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "fail", "{}"), ToolCall.of("c2", "work", "{}"),
            ToolCall.of("c3", "work", "{}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(work, failTool()).interceptor(FAIL)
        .executor(Runnable::run).build()) {
      Throwable e = catchThrowable(() -> rt.run("go"));
      assertThat(e).hasMessageContaining("audit log");
      assertThat(executed).as("calls after the failed one").isEmpty();
    }
  }

  @Test
  void cancelEndsTheRunAtOnceEvenWhenASiblingsInterceptorIgnoresInterrupts() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    AtomicBoolean release = new AtomicBoolean();
    AgentInterceptor stubborn = AgentInterceptor.ofToolCall("stubborn", chain -> {
      started.countDown();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!release.get() && System.nanoTime() < end) {
        Thread.onSpinWait(); // as a store's network call that ignores interrupts
      }
      return chain.proceed(chain.call());
    });
    Tool t = Tool.builder("t").description("t").handler(inv -> "ok").build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "t", "{\"n\":1}"), ToolCall.of("c2", "t", "{\"n\":2}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(t).interceptor(stubborn).build()) {
      RunHandle h = rt.start("go", RunOptions.defaults());
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      long t0 = System.nanoTime();
      h.cancel("stop");
      Throwable e = catchThrowable(h::join);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      release.set(true);
      assertThat(e).isInstanceOf(RunCancelledException.class);
      assertThat(millis).as("cancel waited for the interceptors").isLessThan(5_000);
    }
  }

  @ParameterizedTest(name = "toolAttemptTimeout {0}")
  @ValueSource(booleans = {false, true})
  void aSideEffectingSiblingStoppedBeforeItsBodyBeganDoesNotMakeItsEffect(boolean timedAttempts) throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    InMemoryIdempotencyStore memory = new InMemoryIdempotencyStore();
    CountDownLatch claiming = new CountDownLatch(1);
    CountDownLatch settled = new CountDownLatch(1);
    IdempotencyStore slowStore = new IdempotencyStore() { // a network round trip that does not see interrupts
      @Override
      public Claim begin(String key, Duration ttl) {
        claiming.countDown(); // the call fails now, while this round trip is under way
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < end) {
          Thread.onSpinWait(); // the step stopped the call: its interrupt is not seen (nor cleared) here ...
        }
        end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        while (System.nanoTime() < end) {
          Thread.onSpinWait(); // ... and the answer comes a little after it
        }
        return memory.begin(key, ttl);
      }

      @Override
      public void complete(String key, ToolResult result, Duration ttl) {
        memory.complete(key, result, ttl);
        settled.countDown();
      }

      @Override
      public void abandon(String key) {
        memory.abandon(key);
        settled.countDown();
      }
    };
    Tool refund = Tool.builder("refund").description("refunds").sideEffecting(true).handler(inv -> {
      log.add("refund sent");
      return "refunded";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "refund", "{}"), ToolCall.of("c2", "fail", "{}"))
        .thenRespond("done").build();
    AgentRuntime.Builder builder = AgentRuntime.builder().model(model).tools(refund, failTool())
        .interceptor(failOnceUnderWay(claiming)).idempotencyStore(slowStore).listener(ev -> {
          if (ev instanceof RunFailed) {
            log.add("run failed");
          }
        });
    if (timedAttempts) {
      builder.resilience(ResiliencePolicy.builder().toolAttemptTimeout(Duration.ofSeconds(30)).build());
    }
    try (AgentRuntime rt = builder.build()) {
      Throwable e = catchThrowable(() -> rt.run("go"));
      assertThat(e).hasMessageContaining("audit log");
      // the store's round trip is over and the claim settled (with a timed attempt, maybe after the run failed)
      assertThat(settled.await(20, TimeUnit.SECONDS)).as("the claim was settled").isTrue();
      assertThat(log).containsExactly("run failed");
      // the claim was given back: a retry of the call may run it
      assertThat(memory.begin(IdempotencyKeys.of(runIdOf(e), ToolCall.of("c1", "refund", "{}")), Duration.ofMinutes(1))
          .state()).isEqualTo(IdempotencyStore.State.ACQUIRED);
    }
  }

  private static String runIdOf(Throwable e) {
    return ((AgentRuntimeException) e).runId();
  }

  private static int indexOf(List<AgentEvent> events, Class<?> type, String callId) {
    for (int i = 0; i < events.size(); i++) {
      AgentEvent ev = events.get(i);
      if (type.isInstance(ev) && (callId == null || ev instanceof ToolCallCompleted c && callId.equals(c.toolCallId()))) {
        return i;
      }
    }
    return -1;
  }
}
