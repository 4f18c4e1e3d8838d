package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.ToolExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Bug 7: what framework authors need to run decorated models and tools on their own threads. */
class FrameworkThreadsTest {

  @Test
  void aWrappedPlainPoolCarriesTheRunAndAToolCanBeCalledWithoutARunContext() throws Exception {
    ScriptedModelClient raw = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true).thenRespond("answer").build();
    ExecutorService frameworkPool = Executors.newFixedThreadPool(2); // no context propagation
    try (AgentRuntime rt = AgentRuntime.builder()
        .limits(RunLimits.builder().maxModelCalls(2).build()).build()) {
      ExecutorService pool = rt.wrap(frameworkPool);
      ModelClient model = rt.decorate(raw);
      ToolExecutor echo = rt.toolExecutor(TestTools.echo());
      AgentResult r = rt.run("go", (in, ctx) -> pool.submit(() -> {
        String tool = echo.call(ToolCall.of("c1", "echo", "{\"text\":\"pong\"}")).content();
        return model.chat(ModelRequest.of(new UserMessage(tool))).text();
      }).get());
      assertThat(r.output()).isEqualTo("answer");
      assertThat(r.modelCalls()).hasSize(1);
      assertThat(r.toolCalls()).singleElement().satisfies(c -> assertThat(c.result().content()).contains("pong"));
      // the run's limits apply on the framework's threads too
      assertThatThrownBy(() -> rt.run("loop", (in, ctx) -> pool.<String>submit(() -> {
        while (true) {
          model.chat(ModelRequest.of(new UserMessage(in)));
        }
      }).get())).isInstanceOf(LimitExceededException.class);
      // outside any run, the executor still calls through the chain
      assertThat(echo.call(ToolCall.of("c2", "echo", "{\"text\":\"solo\"}")).content()).contains("solo");
    } finally {
      frameworkPool.shutdownNow();
    }
  }
}
