package dev.agentruntime.spring.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry's cap on the runs it keeps holds when many callers start runs at once. */
class RunRegistryTest {

  @Test
  void concurrentStartsNeverKeepMoreThanMaxRuns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> {
          release.await(30, TimeUnit.SECONDS);
          return "done";
        }).build();
        RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofMinutes(5), 10,
            Clock.systemUTC())) {
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        CountDownLatch go = new CountDownLatch(1);
        Future<?>[] f = new Future<?>[64];
        for (int i = 0; i < f.length; i++) {
          f[i] = pool.submit(() -> {
            go.await();
            try {
              registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
              accepted.incrementAndGet();
            } catch (RunRegistry.TooManyRunsException e) {
              refused.incrementAndGet();
            }
            return null;
          });
        }
        go.countDown();
        for (Future<?> x : f) {
          x.get(30, TimeUnit.SECONDS);
        }
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
    }
    assertThat(accepted).hasValue(10);
    assertThat(refused).hasValue(54);
  }
  /** A failure whose rendering blocks while the registry logs it: it holds the run's end open. */
  static final class SlowToLog extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch logging = new CountDownLatch(1);

    SlowToLog() {
      super("connection to db-internal.example.com refused");
    }

    private void blockWhileFinishing() {
      boolean inFinish = StackWalker.getInstance().walk(s -> s.anyMatch(
          f -> f.getClassName().contains("RunRegistry") && f.getMethodName().equals("finish")));
      if (inFinish) {
        logging.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public String getMessage() {
      blockWhileFinishing();
      return super.getMessage();
    }

    @Override
    public String toString() {
      blockWhileFinishing();
      return super.toString();
    }
  }

  /**
   * A client that subscribes while a failed run is being ended sees its run_failed event before the
   * stream ends: the run is never seen as ended without it.
   */
  @Test
  void aSubscriberArrivingWhileAFailedRunEndsSeesItsRunFailedEvent() throws Exception {
    SlowToLog failure = new SlowToLog();
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> { throw failure; }).build();
        RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofMinutes(5), 10,
            Clock.systemUTC())) {
      RunRegistry.TrackedRun run = registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
      boolean logging = failure.logging.await(10, TimeUnit.SECONDS);
      java.util.List<String> types = new java.util.concurrent.CopyOnWriteArrayList<>();
      CountDownLatch completed = new CountDownLatch(1);
      registry.subscribe(run, 0, new RunRegistry.EventSink() {
        @Override
        public void send(long id, String type, String json) {
          types.add(type);
        }

        @Override
        public void heartbeat() {}

        @Override
        public void complete() {
          completed.countDown();
        }
      });
      failure.release.countDown();
      assertThat(completed.await(10, TimeUnit.SECONDS)).as("the stream ended").isTrue();
      assertThat(types).as("events of a stream that ended (the run was being logged: %s)", logging)
          .contains("run_failed");
    }
  }

  /** Records what a sink was given; its sends of the run's notes block while {@code stall} is closed. */
  static final class RecordingSink implements RunRegistry.EventSink {
    final java.util.List<Long> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<String> types = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    final CountDownLatch stall;
    final CountDownLatch sending = new CountDownLatch(1);
    final CountDownLatch completed = new CountDownLatch(1);
    final AtomicInteger completions = new AtomicInteger();

    RecordingSink(CountDownLatch stall) {
      this.stall = stall;
    }

    @Override
    public void send(long id, String type, String json) throws java.io.IOException {
      threads.add(Thread.currentThread().getName());
      if (type.equals("note")) {
        sending.countDown();
        try {
          stall.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
      }
      ids.add(id);
      types.add(type);
    }

    @Override
    public void heartbeat() {}

    @Override
    public void complete() {
      completions.incrementAndGet();
      completed.countDown();
    }
  }

  /**
   * A subscriber whose client does not read (its sends block) holds neither the run, which emits
   * events on its own thread, nor the run's other subscribers; once it reads again it gets every
   * event, in order, once, and then the end.
   */
  @Test
  void aStalledSubscriberHoldsNeitherTheRunNorTheOtherSubscribers() throws Exception {
    int notes = 200;
    CountDownLatch subscribed = new CountDownLatch(1);
    CountDownLatch stall = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicReference<RunRegistry> registryRef = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.List<String> runThread = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> {
          runThread.add(Thread.currentThread().getName());
          subscribed.await(30, TimeUnit.SECONDS);
          for (int i = 0; i < notes; i++) {
            registryRef.get().notice(ctx.runId(), "note", "{\"i\":" + i + "}");
          }
          return "done";
        }).build();
        RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofMillis(50), Duration.ofMinutes(5), 10,
            Clock.systemUTC())) {
      registryRef.set(registry);
      RunRegistry.TrackedRun run = registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
      RecordingSink stalled = new RecordingSink(stall);
      RecordingSink normal = new RecordingSink(new CountDownLatch(0));
      registry.subscribe(run, 0, stalled);
      registry.subscribe(run, 0, normal);
      subscribed.countDown();
      try {
        assertThat(stalled.sending.await(10, TimeUnit.SECONDS)).as("the stalled sink is being written").isTrue();
        assertThat(java.util.concurrent.CompletableFuture.supplyAsync(run::join).get(30, TimeUnit.SECONDS).output())
            .as("the run ends while a sink does not take its events").isEqualTo("done");
        assertThat(normal.completed.await(30, TimeUnit.SECONDS)).as("the other subscriber's stream ended").isTrue();
        assertThat(stalled.completions).as("the stalled stream has not ended").hasValue(0);
      } finally {
        stall.countDown();
      }
      assertThat(stalled.completed.await(30, TimeUnit.SECONDS)).as("the stalled stream ends once it reads").isTrue();
      java.util.List<Long> all = new java.util.ArrayList<>();
      for (long i = 1; i <= run.eventCount(); i++) {
        all.add(i);
      }
      assertThat(run.eventCount()).isGreaterThan(notes);
      for (RecordingSink sink : java.util.List.of(normal, stalled)) {
        assertThat(sink.ids).as("every event once, in order").isEqualTo(all);
        assertThat(sink.types).filteredOn("note"::equals).hasSize(notes);
        assertThat(sink.types).last().isEqualTo("run_completed");
        assertThat(sink.completions).as("completed once, after the last event").hasValue(1);
        assertThat(sink.threads).as("no event is written on the run's thread").doesNotContainAnyElementsOf(runThread);
      }
    }
  }

  /** A client that subscribes while the registry shuts down gets its stream ended, not left open. */
  @Test
  void aSubscriberArrivingAfterCloseHasItsStreamEnded() throws Exception {
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .build()) {
      RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5), 10,
          Clock.systemUTC());
      RunRegistry.TrackedRun run = registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
      run.join();
      registry.close();
      RecordingSink late = new RecordingSink(new CountDownLatch(0));
      registry.subscribe(run, 0, late);
      assertThat(late.completed.await(5, TimeUnit.SECONDS)).as("the late subscriber's stream ended").isTrue();
    }
  }

  /**
   * On an executor the registry was given (the auto-configuration's virtual threads, say), a client
   * that subscribes after the registry closed has its stream ended too, though the executor still
   * runs tasks and the run has not ended; the registry leaves that executor running.
   */
  @Test
  void onAGivenExecutorASubscriberArrivingAfterCloseHasItsStreamEndedAndTheExecutorRuns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService given = Executors.newCachedThreadPool();
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> {
          release.await(30, TimeUnit.SECONDS);
          return "done";
        }).build()) {
      RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5), 10,
          Clock.systemUTC(), given);
      RunRegistry.TrackedRun run = registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
      RecordingSink open = new RecordingSink(new CountDownLatch(0));
      registry.subscribe(run, 0, open);
      registry.close();
      assertThat(open.completed.await(5, TimeUnit.SECONDS)).as("the open stream ended").isTrue();
      RecordingSink late = new RecordingSink(new CountDownLatch(0));
      registry.subscribe(run, 0, late);
      assertThat(late.completed.await(5, TimeUnit.SECONDS)).as("the late subscriber's stream ended").isTrue();
      assertThat(given.isShutdown()).as("the given executor is the application's to stop").isFalse();
      assertThat(given.submit(() -> "still runs").get(5, TimeUnit.SECONDS)).isEqualTo("still runs");
    } finally {
      release.countDown();
      given.shutdownNow();
    }
  }

  /** A subscriber whose client has gone is dropped: the run no longer writes to it. */
  @Test
  void aSubscriberWhoseClientHasGoneIsDropped() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().model(ScriptedModelClient.builder().thenRespond("x").build())
        .loop((in, ctx) -> {
          release.await(30, TimeUnit.SECONDS);
          return "done";
        }).build();
        RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), Duration.ofSeconds(15), Duration.ofMinutes(5), 10,
            Clock.systemUTC())) {
      RunRegistry.TrackedRun run = registry.start("support", rt, "hi", ApiPrincipal.ANONYMOUS, RunOptions.builder());
      AtomicInteger sends = new AtomicInteger();
      registry.subscribe(run, 0, new RunRegistry.EventSink() {
        @Override
        public void send(long id, String type, String json) throws java.io.IOException {
          sends.incrementAndGet();
          throw new java.io.IOException("broken pipe");
        }

        @Override
        public void heartbeat() {}

        @Override
        public void complete() {}
      });
      for (int i = 0; i < 100 && run.subscriberCount() > 0; i++) {
        Thread.sleep(50);
      }
      assertThat(run.subscriberCount()).as("the gone subscriber is dropped").isZero();
      release.countDown();
      java.util.concurrent.CompletableFuture.supplyAsync(run::join).get(30, TimeUnit.SECONDS);
      assertThat(sends).as("one failed write, none after").hasValue(1);
    }
  }
}
