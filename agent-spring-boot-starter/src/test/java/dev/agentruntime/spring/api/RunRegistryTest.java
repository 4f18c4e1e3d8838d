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
}
