package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bug 4: tool-call count limits take their slot atomically under parallel calls. */
class ToolCallLimitRaceTest {

  @Test
  void maxToolCallsThreeWithFourParallelCallsRunsExactlyThree() {
    AtomicInteger executions = new AtomicInteger();
    Tool work = Tool.builder("work").description("works").handler(inv -> {
      executions.incrementAndGet();
      return "ok";
    }).build();
    // something slow outside the limits stage (a span exporter, a log call): all four calls are
    // under way before any reaches the limit check
    AgentInterceptor slow = AgentInterceptor.ofToolCall("slow", chain -> {
      Thread.sleep(30);
      return chain.proceed(chain.call());
    });
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "work", "{\"n\":1}"), ToolCall.of("c2", "work", "{\"n\":2}"),
            ToolCall.of("c3", "work", "{\"n\":3}"), ToolCall.of("c4", "work", "{\"n\":4}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(work)
        .interceptor(Placement.before(Stage.LIMITS), slow)
        .limits(RunLimits.builder().maxToolCalls(3).maxToolCalls("work", 10).build()).build()) {
      for (int run = 0; run < 5; run++) {
        executions.set(0);
        LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> rt.run("go"));
        assertThat(e).isNotNull();
        assertThat(e.limit()).isEqualTo(Limit.MAX_TOOL_CALLS);
        assertThat(executions).as("run %d", run).hasValue(3);
      }
    }
  }

  @Test
  void perToolLimitTakesItsSlotAtomicallyToo() {
    AtomicInteger executions = new AtomicInteger();
    Tool work = Tool.builder("work").description("works").handler(inv -> {
      executions.incrementAndGet();
      return "ok";
    }).build();
    AgentInterceptor slow = AgentInterceptor.ofToolCall("slow", chain -> {
      Thread.sleep(30);
      return chain.proceed(chain.call());
    });
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(ToolCall.of("c1", "work", "{\"n\":1}"), ToolCall.of("c2", "work", "{\"n\":2}"),
            ToolCall.of("c3", "work", "{\"n\":3}"))
        .thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(work)
        .interceptor(Placement.before(Stage.LIMITS), slow)
        .limits(RunLimits.builder().maxToolCalls("work", 2).build()).build()) {
      LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> rt.run("go"));
      assertThat(e.limit()).isEqualTo(Limit.MAX_TOOL_CALLS_PER_TOOL);
      assertThat(executions).hasValue(2);
    }
  }
}
