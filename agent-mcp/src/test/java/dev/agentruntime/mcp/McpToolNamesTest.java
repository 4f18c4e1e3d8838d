package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static dev.agentruntime.mcp.HuntServer.hunt;
import static dev.agentruntime.mcp.HuntServer.noRetries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.mcp.client.McpTool;
import dev.agentruntime.mcp.client.McpToolSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A tool's runtime name depends on its server name alone: a name that is already clean keeps it,
 * one that needed cleaning (or shortening) always gets a hash of the original, so a runtime name
 * never switches to another server tool.
 */
class McpToolNamesTest {

  @Test
  void aRuntimeToolNameKeepsItsServerToolWhenTheServerReordersItsList() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").build()); AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      String before = call(runtime, "hunt__a_b", "{}");
      String mcpBefore = source.tool("hunt__a_b").orElseThrow().mcpName();
      call(runtime, "hunt__swap", "{}"); // reverses tools/list and sends list_changed
      waitUntilReversed(source);
      assertThat(source.tool("hunt__a_b").orElseThrow().mcpName()).as("server tool behind hunt__a_b").isEqualTo(mcpBefore);
      assertThat(call(runtime, "hunt__a_b", "{}")).isEqualTo(before);
    }
  }

  @Test
  void aNameThatNeededCleaningAlwaysCarriesAHashOfTheServersName() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").build()); AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      assertThat(source.tool("hunt__a_b").orElseThrow().mcpName()).isEqualTo("a_b");
      McpTool dotted = source.tools().stream().filter(t -> t.mcpName().equals("a.b")).findFirst().orElseThrow();
      assertThat(dotted.name()).matches("hunt__a_b_[0-9a-f]{8}");
      assertThat(call(runtime, dotted.name(), "{}")).isEqualTo("I am a.b");
      assertThat(call(runtime, "hunt__a_b", "{}")).isEqualTo("I am a_b");
    }
  }

  /** Waits (up to 10 s) until the source has taken the reversed list the server announced. */
  private static void waitUntilReversed(McpToolSource source) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!source.tools().get(0).mcpName().equals("nullable") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(source.tools().get(0).mcpName()).as("first tool after the swap").isEqualTo("nullable");
  }
}
