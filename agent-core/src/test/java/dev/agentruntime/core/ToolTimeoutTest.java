package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A tool that runs past {@code toolAttemptTimeout} fails as the tool's failure: retried as a
 * transient one, then told to the model as an error result; the run goes on.
 */
class ToolTimeoutTest {

  private final AtomicInteger attempts = new AtomicInteger();

  private final Tool slow = Tool.builder("search").description("searches").handler(inv -> {
    attempts.incrementAndGet();
    Thread.sleep(2_000);
    return "found";
  }).build();

  private AgentRuntime runtime(ScriptedModelClient model) {
    return AgentRuntime.builder().model(model).tools(slow)
        .resilience(ResiliencePolicy.builder().toolAttemptTimeout(Duration.ofMillis(50))
            .toolRetry(RetryPolicy.defaults().withMaxRetries(1)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).withJitter(0))
            .build())
        .build();
  }

  @Test
  void theModelIsToldTheToolTimedOutAndTheRunGoesOn() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("search", "{\"q\":\"weather\"}")
        .thenRespond(r -> {
          List<ChatMessage> m = r.messages();
          return "the tool said: " + m.get(m.size() - 1).text();
        })
        .build();
    try (AgentRuntime rt = runtime(model)) {
      AgentResult result = rt.run("what is the weather?");
      assertThat(result.output()).startsWith("the tool said: ").contains("search").contains("timed out");
      assertThat(attempts).as("the attempt and its retry").hasValue(2);
    }
  }

  @Test
  void aLoopCallingTheToolItselfGetsATransientToolExecutionException() {
    try (AgentRuntime rt = runtime(ScriptedModelClient.builder().thenRespond("x").build())) {
      assertThatThrownBy(() -> rt.run("go", (in, ctx) -> ctx.tools().call(ToolCall.of("1", "search", "{}")).content()))
          .isInstanceOfSatisfying(ToolExecutionException.class, e -> {
            assertThat(e.toolName()).isEqualTo("search");
            assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
            assertThat(e.getMessage()).contains("timed out after 50ms");
          });
    }
  }
}
