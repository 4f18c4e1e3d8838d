package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built-in loop's parallel tool calls, and the runtime's timed attempts, on executors the user
 * supplies: a fixed pool with fewer threads than the work, a single-thread pool that also runs the
 * run itself, and an executor that rejects tasks. None of them may hang the run or fail it with a
 * raw {@link RejectedExecutionException}: the runtime never blocks one of the executor's threads
 * waiting for another task queued on the same executor.
 */
class ParallelToolCallsTest {

  private static Tool sleeper(String name, long ms) {
    return Tool.builder(name).description(name).handler(inv -> {
      Thread.sleep(ms);
      return name + " done";
    }).build();
  }

  private static ScriptedModelClient twoParallelCallsThenAnswer() {
    return ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "a", "{\"n\":1}"), ToolCall.of("c2", "b", "{\"n\":2}"))
        .thenRespond("both done").build();
  }

  /**
   * Two parallel calls on {@code newFixedThreadPool(2)}: each call used to take a pool thread and
   * wait there for the tool's watched hop, queued behind it on the same full pool, forever.
   */
  @Test
  void parallelToolCallsOnAFixedPoolAsSmallAsTheCallsFinish() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (AgentRuntime rt = AgentRuntime.builder().model(twoParallelCallsThenAnswer())
        .tools(sleeper("a", 10), sleeper("b", 10)).executor(pool).build()) {
      AgentResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rt.run("go"),
          "a run with two parallel tool calls on newFixedThreadPool(2) never finished");
      assertThat(r.output()).isEqualTo("both done");
      assertThat(r.toolCalls()).hasSize(2).allSatisfy(c -> assertThat(c.result().content()).endsWith("done"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** An async run on a one-thread pool occupies its only thread; its parallel calls still run. */
  @Test
  void anAsyncRunOnASingleThreadPoolRunsItsParallelToolCalls() {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try (AgentRuntime rt = AgentRuntime.builder().model(twoParallelCallsThenAnswer())
        .tools(sleeper("a", 10), sleeper("b", 10)).executor(pool).build()) {
      AgentResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> rt.start("go", RunOptions.defaults()).result().get(30, TimeUnit.SECONDS),
          "an async run with parallel tool calls on newFixedThreadPool(1) never finished");
      assertThat(r.output()).isEqualTo("both done");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * An async run on a one-thread pool with a per-attempt model timeout: the timed attempt used to
   * be queued behind the run on the pool's only thread, so every attempt "timed out".
   */
  @Test
  void aTimedModelAttemptOfAnAsyncRunOnASingleThreadPoolGetsAThread() {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("hi").build())
        .resilience(ResiliencePolicy.builder().modelAttemptTimeout(Duration.ofSeconds(2)).build())
        .executor(pool).build()) {
      AgentResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> rt.start("go", RunOptions.defaults()).result().get(30, TimeUnit.SECONDS));
      assertThat(r.output()).isEqualTo("hi");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * An executor that rejects every task (a saturated bounded pool): the loop runs the calls itself,
   * as the watched hop of a tool already did, instead of failing the run with the raw rejection.
   */
  @Test
  void parallelToolCallsOnAnExecutorThatRejectsRunInline() {
    Executor rejecting = task -> {
      throw new RejectedExecutionException("saturated");
    };
    try (AgentRuntime rt = AgentRuntime.builder().model(twoParallelCallsThenAnswer())
        .tools(sleeper("a", 1), sleeper("b", 1)).executor(rejecting).build()) {
      AgentResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rt.run("go"));
      assertThat(r.output()).isEqualTo("both done");
      assertThat(r.toolCalls()).hasSize(2);
    }
  }

  /** More calls than {@code maxParallelToolCalls} and than pool threads (distinct, so no loop is detected): all run. */
  @Test
  void moreCallsThanThreadsAllRun() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder()
            .thenCallTools(ToolCall.of("c1", "a", "{\"n\":1}"), ToolCall.of("c2", "b", "{\"n\":2}"),
                ToolCall.of("c3", "a", "{\"n\":3}"), ToolCall.of("c4", "b", "{\"n\":4}"), ToolCall.of("c5", "a", "{\"n\":5}"),
                ToolCall.of("c6", "b", "{\"n\":6}"))
            .thenRespond("all done").build())
        .tools(sleeper("a", 5), sleeper("b", 5)).executor(pool).build()) {
      AgentResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rt.run("go"));
      assertThat(r.output()).isEqualTo("all done");
      assertThat(r.toolCalls()).hasSize(6);
    } finally {
      pool.shutdownNow();
    }
  }
}
