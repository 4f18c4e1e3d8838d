package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpToolSource;
import dev.agentruntime.mcp.server.McpHttpOptions;
import dev.agentruntime.mcp.server.McpHttpServer;
import dev.agentruntime.mcp.server.McpToolServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An HTTP server's base URL keeps its path: the endpoint ({@code /mcp}) goes below it. */
class McpHttpBaseUrlTest {

  @Test
  void aBaseUrlWithAPathIsNotSilentlyCutOff() throws Exception {
    Tool ping = Tool.builder("ping").description("pong").handler(inv -> "pong").build();
    String token = "base-url-token-0123456789abcdef";
    try (AgentRuntime serving = AgentRuntime.builder().tools(ping).build();
        McpHttpServer http = McpToolServer.builder(serving).build()
            .startHttp(McpHttpOptions.builder().endpoint("/tenant-a/mcp").bearerToken(token).build())) {
      for (String base : new String[] {http.baseUrl() + "/tenant-a", http.baseUrl() + "/tenant-a/"}) {
        Throwable t = catchThrowable(() -> {
          try (McpToolSource s = McpToolSource.connect(McpServerConfig.http("t", base).bearerToken(token)
              .initializationTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofSeconds(10)).build())) {
            assertThat(s.tools()).hasSize(1);
          }
        });
        assertThat(t).as("a base URL %s with endpoint /mcp", base).isNull();
      }
    }
  }

  @Test
  void theConfigSaysWhereTheEndpointIsAndRefusesAFragment() {
    assertThat(McpServerConfig.http("t", "https://mcp.example.com/tenant-a?key=s3cret").build().toString())
        .contains("https://mcp.example.com/tenant-a/mcp?...").doesNotContain("s3cret");
    assertThat(McpServerConfig.http("t", "https://mcp.example.com").build().toString())
        .contains("https://mcp.example.com/mcp");
    assertThatThrownBy(() -> McpServerConfig.http("t", "https://mcp.example.com/x#frag").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fragment");
  }
}
