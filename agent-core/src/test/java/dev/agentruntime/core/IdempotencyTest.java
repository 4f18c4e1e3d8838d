package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private static Tool createTicket(AtomicInteger executions, long slowMillis) {
    return Tool.builder("create_ticket").sideEffecting(true)
        .parameters("{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}},\"required\":[\"title\"]}")
        .handler(inv -> {
          int n = executions.incrementAndGet();
          long end = System.nanoTime() + slowMillis * 1_000_000;
          while (System.nanoTime() < end) {
            Thread.onSpinWait(); // a slow backend that ignores interrupts, like most HTTP calls
          }
          return "ticket T-" + n + " created: " + inv.arguments().getString("title");
        }).build();
  }

  @Test
  void sideEffectingToolRetriedAfterTimeoutExecutesOnce() {
    AtomicInteger executions = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("create_ticket", "{\"title\":\"refund\"}")
        .thenRespond(r -> r.lastMessage().text()).build();
    ResiliencePolicy p = ResiliencePolicy.builder()
        .toolRetry(RetryPolicy.defaults().withMaxRetries(3).withBackoff(Duration.ofMillis(10), Duration.ofMillis(10)).withJitter(0))
        .toolAttemptTimeout(Duration.ofMillis(100))
        .circuitBreaker(CircuitBreakerPolicy.disabled()).build();
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(createTicket(executions, 250))
        .resilience(p).listener(rec).build()) {
      AgentResult r = rt.run("open a refund ticket");
      assertThat(r.output()).isEqualTo("ticket T-1 created: refund");
      assertThat(executions).hasValue(1);
      assertThat(rec.of(dev.agentruntime.core.event.RetryScheduled.class)).isNotEmpty()
          .allSatisfy(e -> assertThat(e.errorType()).isEqualTo("timeout"));
    }
  }

  @Test
  void callerGivenKeyDeduplicatesAcrossRuns() throws Exception {
    AtomicInteger executions = new AtomicInteger();
    try (AgentRuntime rt = AgentRuntime.builder().tools(createTicket(executions, 0)).build()) {
      AgentLoop loop = (in, ctx) -> ctx.tools()
          .call(ToolCall.of("x", "create_ticket", "{\"title\":\"" + in + "\"}").withIdempotencyKey("order-42-refund"))
          .content();
      String first = rt.run("refund", loop).output();
      String second = rt.run("refund again", loop).output();
      assertThat(first).isEqualTo("ticket T-1 created: refund");
      assertThat(second).isEqualTo(first);
      assertThat(executions).hasValue(1);
    }
  }

  @Test
  void differentCallsOfOneRunEachExecute() {
    AtomicInteger executions = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("a", "create_ticket", "{\"title\":\"one\"}"),
            ToolCall.of("b", "create_ticket", "{\"title\":\"two\"}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(createTicket(executions, 0)).build()) {
      rt.run("two tickets");
      assertThat(executions).hasValue(2);
    }
  }

  @Test
  void failedExecutionReleasesTheKeySoARetryRuns() {
    AtomicInteger attempts = new AtomicInteger();
    Tool flaky = Tool.builder("charge").sideEffecting(true).handler(inv -> {
      if (attempts.incrementAndGet() == 1) {
        throw new java.net.ConnectException("payment gateway refused connection");
      }
      return "charged";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().thenCallTool("charge", "{}")
        .thenRespond(r -> r.lastMessage().text()).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(flaky)
        .resilience(ResiliencePolicy.builder().retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(5)))
            .build()).build()) {
      assertThat(rt.run("charge").output()).isEqualTo("charged");
      assertThat(attempts).hasValue(2);
    }
  }

  @Test
  void inMemoryStoreClaimsAtomically() throws Exception {
    InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    AtomicInteger acquired = new AtomicInteger();
    Thread[] threads = new Thread[16];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> {
        if (store.begin("k", Duration.ofMinutes(1)).state() == IdempotencyStore.State.ACQUIRED) {
          acquired.incrementAndGet();
        }
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(acquired).hasValue(1);
    assertThat(store.begin("k", Duration.ofMinutes(1)).state()).isEqualTo(IdempotencyStore.State.IN_PROGRESS);
    store.complete("k", ToolResult.success("r"), Duration.ofMinutes(1));
    assertThat(store.begin("k", Duration.ofMinutes(1)).result()).isEqualTo(ToolResult.success("r"));
    store.abandon("k"); // a completed key is kept
    assertThat(store.begin("k", Duration.ofMinutes(1)).state()).isEqualTo(IdempotencyStore.State.COMPLETED);
  }
}
