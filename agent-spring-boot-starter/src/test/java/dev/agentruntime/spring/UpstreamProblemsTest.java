package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A run that fails because the model provider or a tool failed is a {@code 502} that says which
 * (the provider's HTTP status, the tool's name) and nothing of what the provider or the tool said —
 * an error body may echo part of an API key, a gateway's host, a tool's database user — which is in
 * the server log under the problem's reference; the same for an async run's view and events.
 */
@SpringBootTest(
    classes = UpstreamProblemsTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.resilience.model-max-retries=0"
    })
@ExtendWith(OutputCaptureExtension.class)
class UpstreamProblemsTest {

  /** What the provider's error body says: part of a key. */
  static final String PROVIDER_BODY = "{\"error\":{\"message\":\"Incorrect API key provided: sk-live-7Hq2SECRETx9\"}}";
  /** What a failing tool says: a host and a database user. */
  static final String TOOL_SAYS = "connection to orders-db.internal:5432 refused (user orders_rw)";

  /** What the HTTP client says of a gateway it cannot resolve: an internal host name. */
  static final String GATEWAY_SAYS = "llm-gateway.corp.internal: Name or service not known";

  static final String ALICE = "alice-key-0123456789";
  static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f]{8,})");

  @SpringBootConfiguration
  @EnableAutoConfiguration(excludeName = {
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
  static class App {
    /** A provider that refuses the key whenever the input says "bad-key". */
    @Bean
    ModelClient model() {
      return new ModelClient() {
        @Override
        public ModelResponse chat(ModelRequest request) {
          if (request.messages().stream().anyMatch(m -> m.text().contains("bad-key"))) {
            throw ModelCallException.ofHttp("support-model", 401, PROVIDER_BODY, null, null);
          }
          if (request.messages().stream().anyMatch(m -> m.text().contains("no-gateway"))) {
            // as the LangChain4j adapter reports an unknown host: no HTTP status, a telemetry error type
            throw new ModelCallException(null, "support-model", "I/O error: " + GATEWAY_SAYS,
                new java.net.UnknownHostException(GATEWAY_SAYS), ErrorClassification.UNKNOWN, -1, null, "unknown_host");
          }
          return ModelResponse.ofText("Answer.", TokenUsage.of(10, 5));
        }

        @Override
        public ModelInfo info() {
          return ModelInfo.of("test", "support-model");
        }
      };
    }

    /** A run whose input says "tool-down" fails as a tool whose failure ends the run does. */
    @Bean
    AgentInterceptor toolDown() {
      return new AgentInterceptor() {
        @Override
        public AgentResult aroundRun(RunChain chain) throws Exception {
          if (chain.input().contains("tool-down")) {
            throw new ToolExecutionException(chain.context().runId(), "orders",
                "tool 'orders' failed: " + TOOL_SAYS, new IllegalStateException(TOOL_SAYS),
                ErrorClassification.PERMANENT);
          }
          return chain.proceed(chain.input());
        }
      };
    }
    /** A model call whose request says "refuse-me" is refused by a policy of the runtime's own. */
    @Bean
    AgentInterceptor refuser() {
      return AgentInterceptor.ofModelCall("refuser", chain -> {
        if (chain.request().messages().stream().anyMatch(m -> m.text().contains("refuse-me"))) {
          throw new GuardrailViolationException(chain.context().runId(), "topics", "input", "off-topic request");
        }
        return chain.proceed(chain.request());
      });
    }
  }

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-API-Key", ALICE)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Asserts a 502 of the kind that names no secret, and the log line with its reference and the cause's words. */
  static void assertUpstreamProblem(HttpResponse<String> r, String kind, String says, String secret, String loggedWords,
      CapturedOutput log) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(502);
    assertThat(r.body()).contains("urn:agent-runtime:problem:" + kind).contains(says).doesNotContain(secret);
    Matcher m = REFERENCE.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    String reference = m.group(1);
    assertThat(r.body()).contains("\"reference\":\"" + reference + "\"");
    String all = log.getAll();
    int line = all.indexOf(reference);
    assertThat(line).as("a log line with reference " + reference).isGreaterThanOrEqualTo(0);
    assertThat(all.substring(line)).contains(loggedWords);
  }

  @Test
  void aProviderFailureIsA502ThatSaysItsStatusButNotItsBody(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "{\"input\":\"bad-key\"}");
    assertUpstreamProblem(r, "model-error", "HTTP 401", "sk-live", "sk-live-7Hq2SECRETx9", log);
  }

  /**
   * A provider failure without an HTTP status (unknown host, timeout, refused key reported without
   * one) says which kind it was — its telemetry error type — so a client can tell "retry later" from
   * "call the operator", and still nothing the HTTP client said.
   */
  @Test
  void aProviderFailureWithoutAnHttpStatusSaysItsKindButNotItsMessage(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "{\"input\":\"no-gateway\"}");
    assertUpstreamProblem(r, "model-error", "the model provider failed: unknown host", "corp.internal",
        GATEWAY_SAYS, log);
  }

  @Test
  void aToolFailureIsA502ThatNamesTheToolButNotWhatItSaid(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "{\"input\":\"tool-down\"}");
    assertUpstreamProblem(r, "tool-error", "tool 'orders' failed", "orders-db", TOOL_SAYS, log);
    assertThat(r.body()).doesNotContain("orders_rw");
  }

  @Test
  void anAsyncRunsProviderFailureShowsNoBodyInItsViewOrEvents(CapturedOutput log) throws Exception {
    HttpResponse<String> started = send("POST", "/agents/support/runs", "{\"input\":\"bad-key\",\"async\":true}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    Matcher id = Pattern.compile("\"runId\":\"(run-[^\"]+)\"").matcher(started.body());
    assertThat(id.find()).as(started.body()).isTrue();
    String runId = id.group(1);
    HttpResponse<String> view = send("GET", "/runs/" + runId, null);
    for (int i = 0; i < 100 && !view.body().contains("FAILED"); i++) {
      Thread.sleep(50);
      view = send("GET", "/runs/" + runId, null);
    }
    assertThat(view.body()).contains("FAILED").contains("model-error").contains("HTTP 401").doesNotContain("sk-live");
    HttpResponse<String> events = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/runs/" + runId + "/events"))
        .header("X-API-Key", ALICE).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(events.body()).contains("run_failed").contains("HTTP 401").doesNotContain("sk-live")
        .contains("\"error\":\"the model call failed with HTTP 401\"");
    String all = log.getAll();
    assertThat(all.substring(Math.max(0, all.indexOf(runId)))).contains("sk-live-7Hq2SECRETx9");
  }

  /**
   * A model call the runtime's own policy refused reads as that refusal in the run's events, not as
   * a provider failure; an operator or a UI tells "blocked by a guardrail" from "the provider is down".
   */
  @Test
  void anAsyncRunsRefusedModelCallSaysWhatRefusedIt() throws Exception {
    String runId = startAsync("refuse-me");
    String events = eventsOf(runId);
    assertThat(events).contains("model_call_completed")
        .contains("\"error\":\"the model call failed: guardrail blocked\"")
        .contains("\"errorType\":\"guardrail_blocked\"");
  }

  /** A provider failure's event carries its status as its error type, and an unknown host its kind. */
  @Test
  void anAsyncRunsProviderFailureEventCarriesItsErrorType() throws Exception {
    assertThat(eventsOf(startAsync("bad-key"))).contains("\"errorType\":\"401\"");
    assertThat(eventsOf(startAsync("no-gateway")))
        .contains("\"error\":\"the model call failed: unknown host\"")
        .contains("\"errorType\":\"unknown_host\"").doesNotContain("corp.internal");
  }

  private String startAsync(String input) throws Exception {
    HttpResponse<String> started = send("POST", "/agents/support/runs", "{\"input\":\"" + input + "\",\"async\":true}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    Matcher id = Pattern.compile("\"runId\":\"(run-[^\"]+)\"").matcher(started.body());
    assertThat(id.find()).as(started.body()).isTrue();
    return id.group(1);
  }

  /** @return the run's whole event stream (the SSE response ends when the run has ended) */
  private String eventsOf(String runId) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/runs/" + runId + "/events"))
        .header("X-API-Key", ALICE).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
