package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.testing.ScriptedModelClient;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuilderTest {

  private static Set<String> runtimeThreads() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
        .filter(n -> n.startsWith("agent-runtime-")).collect(Collectors.toSet());
  }

  /** Bug 12: build() twice with a system prompt; build() must not mutate the builder. */
  @Test
  void buildIsRepeatableWithASystemPrompt() {
    AgentRuntime.Builder b = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond(r -> "sys=" + r.messages().get(0).text()).build())
        .systemPrompt("be brief");
    try (AgentRuntime first = b.build(); AgentRuntime second = b.build()) {
      assertThat(first.run("q").output()).isEqualTo("sys=be brief");
      assertThat(second.run("q").output()).isEqualTo("sys=be brief");
    }
  }

  /** Bug 12: build() constructs only; no thread starts before the runtime has work. */
  @Test
  void buildStartsNoThreads() {
    Set<String> before = runtimeThreads();
    AgentRuntime rt = AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("x").build())
        .limits(dev.agentruntime.core.limits.RunLimits.builder().maxDuration(java.time.Duration.ofSeconds(5)).build())
        .build();
    try {
      assertThat(runtimeThreads()).isEqualTo(before);
    } finally {
      rt.close();
    }
  }
}
