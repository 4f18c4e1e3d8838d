package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bug 11: values that would fail on the first run are refused at build, naming the setting. */
class ValidationAndCloseTest {

  @Test
  void retryPolicyRefusesOverflowingRetriesAndAMaxBackoffBelowTheInitial() {
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxRetries(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff")
        .hasMessageContaining("initialBackoff");
  }

  @Test
  void toolCallingLoopRefusesBadSamplingSettingsAtBuild() {
    assertThatThrownBy(() -> ToolCallingLoop.builder().maxOutputTokens(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOutputTokens");
    assertThatThrownBy(() -> ToolCallingLoop.builder().temperature(-1.0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
  }

  @Test
  void everyEntryPointRefusesAClosedRuntimeAlike() {
    ScriptedModelClient model = ScriptedModelClient.builder().thenRespond("x").build();
    AgentRuntime rt = AgentRuntime.builder().model(model).build();
    ModelClient decorated = rt.decorate(model);
    rt.close();
    assertThatThrownBy(() -> rt.run("q")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> rt.run("q", (in, ctx) -> "mine")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> rt.start("q", RunOptions.defaults())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> rt.stream("q")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> decorated.chat(ModelRequest.of(new UserMessage("q"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
