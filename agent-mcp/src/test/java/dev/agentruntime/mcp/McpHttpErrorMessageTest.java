package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An HTTP error answer (here a 404 HTML page of a wrong URL) is reported by its status and a short
 * reason in plain text: not the server's page, which goes into logs and in front of models.
 */
@Timeout(60)
class McpHttpErrorMessageTest {

  @Test
  void aWrongUrlAnswering404WithAnHtmlPageSaysTheStatusAndAShortPlainReason() throws Exception {
    try (HttpHuntServer server = HttpHuntServer.start(TestServers.freePort())) {
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> McpToolSource.connect(HttpHuntServer.config(server.baseUrl() + "/nowhere")));
      assertThat(e.errorType()).isEqualTo("http_404");
      assertThat(e.classification()).isEqualTo(ErrorClassification.PERMANENT);
      assertThat(e.getMessage())
          .contains("'web'").contains("404").contains("Not Found").contains("Cannot POST /nowhere/mcp")
          .doesNotContain("<", ">", "DOCTYPE", "font-family")
          .hasSizeLessThanOrEqualTo(320);
    }
  }
}
