package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionConcurrency;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Session leases of running runs are renewed independently: a store that hangs while one runtime
 * renews does not let another runtime's leases lapse.
 */
class SessionLeaseRenewalTest {

  private static void await(CountDownLatch l) {
    try {
      l.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aStoreThatHangsWhileRenewingDoesNotStarveTheRenewalsOfAnotherStore() throws Exception {
    InMemorySessionStore realA = new InMemorySessionStore();
    AtomicInteger leaseCalls = new AtomicInteger();
    CountDownLatch unhang = new CountDownLatch(1);
    // the first lease is taken at once; every renewal hangs (a pool exhausted, a fail-over)
    SessionStore hanging = (SessionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {SessionStore.class}, (p, m, args) -> {
          if (m.getName().equals("tryLease") && leaseCalls.incrementAndGet() > 1) {
            unhang.await(20, TimeUnit.SECONDS);
          }
          try {
            return m.invoke(realA, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    CountDownLatch aInModel = new CountDownLatch(1);
    CountDownLatch releaseA = new CountDownLatch(1);
    CountDownLatch b1InModel = new CountDownLatch(1);
    CountDownLatch releaseB1 = new CountDownLatch(1);
    CountDownLatch b2InModel = new CountDownLatch(1);
    try (AgentRuntime a = AgentRuntime.builder()
            .model(ScriptedModelClient.builder().thenRespond(r -> { aInModel.countDown(); await(releaseA); return "a"; })
                .build())
            .interceptor(SessionInterceptor.builder(hanging).concurrency(SessionConcurrency.WAIT)
                .leaseTtl(Duration.ofMillis(300)).build()).build();
        AgentRuntime b = AgentRuntime.builder()
            .model(ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
                .thenRespond(r -> { b1InModel.countDown(); await(releaseB1); return "b1"; })
                .thenRespond(r -> { b2InModel.countDown(); return "b2"; }).build())
            .interceptor(SessionInterceptor.builder(new InMemorySessionStore()).concurrency(SessionConcurrency.WAIT)
                .leaseTtl(Duration.ofSeconds(1)).waitTimeout(Duration.ofSeconds(30)).build()).build()) {
      RunHandle ra = a.start("x", RunOptions.builder().sessionId("a").build());
      assertThat(aInModel.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle b1 = b.start("first", RunOptions.builder().sessionId("b").build());
      assertThat(b1InModel.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle b2 = b.start("second", RunOptions.builder().sessionId("b").build());
      boolean ranBeside = b2InModel.await(3, TimeUnit.SECONDS); // three TTLs of b
      releaseB1.countDown();
      releaseA.countDown();
      unhang.countDown();
      assertThat(ranBeside).as("the second run of session b started while the first held it").isFalse();
      assertThat(b1.join().output()).isEqualTo("b1");
      assertThat(b2.join().output()).isEqualTo("b2");
      assertThat(ra.join().output()).isEqualTo("a");
    }
  }
}
