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
}
