package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/** Runs on JDK 21+ only (skipped on 17): the runtime on virtual threads, many blocked at once. */
class VirtualThreadsTest {

  @Test
  void manyRunsWithBlockingToolsOnVirtualThreads() throws Exception {
    Method factory;
    try {
      factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException e) {
      assumeTrue(false, "virtual threads need JDK 21+; running on " + Runtime.version());
      return;
    }
    ExecutorService vthreads = (ExecutorService) factory.invoke(null);
    Tool sleepy = Tool.builder("sleepy").handler(inv -> {
      Thread.sleep(200);
      return "woke";
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("a", "sleepy", "{}"), ToolCall.of("b", "sleepy", "{}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(sleepy).executor(vthreads).build()) {
      int runs = 2000;
      long t0 = System.nanoTime();
      List<RunHandle> handles = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        handles.add(rt.start("go", RunOptions.defaults()));
      }
      for (RunHandle h : handles) {
        assertThat(h.join().output()).isEqualTo("done");
      }
      // 4,000 tool calls sleeping 200 ms each: only possible quickly if nothing pins a carrier
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    } finally {
      vthreads.shutdown();
    }
  }
}
