package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.session.InMemorySessionStore;
import dev.agentruntime.core.session.SessionStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
 * The agent API's error responses as a client sees them, on a random port: what a 500 tells the
 * client (nothing internal) and the server log (everything, under the same reference).
 */
@SpringBootTest(
    classes = ApiProblemsTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.resilience.model-max-retries=0"
    })
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTest {

  /** What a failing store says: a host name, a port and a database user no client should see. */
  static final String INTERNAL = "connection to db-internal.example.com:5432 refused (user agent_rw)";

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
    @Bean
    ModelClient model() {
      return new ModelClient() {
        @Override
        public ModelResponse chat(ModelRequest request) {
          return ModelResponse.ofText("Answer.", TokenUsage.of(10, 5));
        }

        @Override
        public ModelInfo info() {
          return ModelInfo.of("test", "support-model");
        }
      };
    }

    /** An in-memory store whose sessions named "broken-..." fail as a database that is down does. */
    @Bean
    SessionStore sessions() {
      SessionStore delegate = new InMemorySessionStore();
      return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
          new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String id && id.startsWith("broken-")) {
              throw new IllegalStateException(INTERNAL);
            }
            try {
              return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    /** The application's own endpoint: its errors are none of the starter's business. */
    @Bean
    AppController appController() {
      return new AppController();
    }

    /** A run whose input is "store-down" fails with an exception the runtime does not classify. */
    @Bean
    AgentInterceptor storeDown() {
      return new AgentInterceptor() {
        @Override
        public AgentResult aroundRun(RunChain chain) throws Exception {
          if (chain.input().contains("store-down")) {
            throw new IllegalStateException(INTERNAL);
          }
          if (chain.input().contains("not-allowed")) {
            throw new PlanRefusal(chain.context().runId(), "usage_plan",
                "model 'big-model' is not allowed by the plan 'free'");
          }
          if (chain.input().contains("unpriced")) {
            // as agent-cost's UnknownModelPriceException: the server's configuration, not the caller's doing
            throw new PlanRefusal(chain.context().runId(), "pricing",
                "no price for model 'gpt-9': " + INTERNAL);
          }
          if (chain.input().contains("busy")) {
            throw new dev.agentruntime.core.session.SessionBusyException(chain.context().runId(), "chat-7",
                Duration.ofSeconds(30));
          }
          if (chain.input().contains("conflict")) {
            throw new dev.agentruntime.core.session.SessionConflictException("chat-7", 4, 6);
          }
          if (chain.input().contains("too-long")) {
            throw new dev.agentruntime.core.context.ContextWindowExceededException(chain.context().runId(), 9000, 8000);
          }
          return chain.proceed(chain.input());
        }
      };
    }
  }

  /** A refusal by a policy (as agent-cost's ModelNotAllowedException is): its message is meant for the caller. */
  static final class PlanRefusal extends dev.agentruntime.core.error.AgentRuntimeException
      implements dev.agentruntime.core.error.PolicyRefusal {
    private final String policy;

    PlanRefusal(String runId, String policy, String message) {
      super(runId, message);
      this.policy = policy;
    }

    @Override
    public String policy() {
      return policy;
    }

    @Override
    public String errorType() {
      return "model_not_allowed";
    }
  }

  /** An application's own controller. */
  @org.springframework.web.bind.annotation.RestController
  static class AppController {
    @org.springframework.web.bind.annotation.PostMapping(path = "/app/echo", consumes = "application/json")
    String echo(@org.springframework.web.bind.annotation.RequestBody String body) {
      return body;
    }
  }

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-API-Key", ALICE)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertProblem(HttpResponse<String> r, int status, String kind) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).as(r.body())
        .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(r.body()).contains("urn:agent-runtime:problem:" + kind);
  }

  /** Asserts a 500 that tells the client nothing internal, and a log line with its reference and the cause. */
  static void assertInternalErrorLogged(HttpResponse<String> r, String kind, CapturedOutput log) {
    assertProblem(r, 500, kind);
    assertThat(r.body()).doesNotContain("db-internal").doesNotContain("agent_rw").doesNotContain("IllegalState")
        .contains("internal error; see the server log, reference ");
    Matcher m = REFERENCE.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    String reference = m.group(1);
    assertThat(r.body()).contains("\"reference\":\"" + reference + "\"");
    // the server log has the whole story under the same reference
    String line = log.getAll().lines().filter(l -> l.contains(reference)).findFirst().orElse("");
    assertThat(line).as("a log line with reference " + reference).isNotEmpty();
    assertThat(log.getAll().substring(log.getAll().indexOf(line))).contains(INTERNAL);
  }

  @Test
  void aRunFailingInsideGivesA500ThatLeaksNothingAndIsLoggedWithItsReference(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"store-down\"}");
    assertInternalErrorLogged(r, "run-failed", log);
    assertThat(r.body()).contains("\"runId\":\"run-");
  }

  /**
   * A run started with {@code "async": true} that fails inside: its view and its events tell the
   * client that it failed, not the internal message (the server log has it, under the run's id).
   */
  @Test
  void anAsyncRunFailingInsideShowsNothingInternalInItsViewOrEvents(CapturedOutput log) throws Exception {
    HttpResponse<String> started = send("POST", "/agents/support/runs", "application/json",
        "{\"input\":\"store-down\",\"async\":true}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    Matcher id = Pattern.compile("\"runId\":\"(run-[^\"]+)\"").matcher(started.body());
    assertThat(id.find()).as(started.body()).isTrue();
    String runId = id.group(1);
    HttpResponse<String> view = send("GET", "/runs/" + runId, null, null);
    for (int i = 0; i < 100 && !view.body().contains("FAILED"); i++) {
      Thread.sleep(50);
      view = send("GET", "/runs/" + runId, null, null);
    }
    assertThat(view.body()).contains("FAILED").contains("run-failed").doesNotContain("db-internal")
        .doesNotContain("agent_rw");
    HttpResponse<String> events = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/runs/" + runId + "/events"))
        .header("X-API-Key", ALICE).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(events.body()).contains("run_failed").doesNotContain("db-internal").doesNotContain("agent_rw");
    assertThat(log.getAll()).contains(runId).contains(INTERNAL);
  }

  /** A price missing from the catalog is the server's misconfiguration: a 500 that names nothing internal. */
  @Test
  void aRefusalForWantOfAPriceIsAnInternalError(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"unpriced\"}");
    assertInternalErrorLogged(r, "run-failed", log);
  }

  /** A session changed by another run meanwhile: a conflict the client can retry, saying so. */
  @Test
  void aSessionConflictIsA409() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"conflict\"}");
    assertProblem(r, 409, "session-conflict");
    assertThat(r.body()).contains("changed concurrently");
    HttpResponse<String> busy = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"busy\"}");
    assertProblem(busy, 409, "session-busy");
    assertThat(busy.body()).contains("is busy");
  }

  /** An input too long for the model's window: the client is told to shorten it. */
  @Test
  void anInputTooLongForTheWindowIsA422() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"too-long\"}");
    assertProblem(r, 422, "context-window-exceeded");
    assertThat(r.body()).contains("shorten the input");
  }

  /** A refusal by one of the runtime's policies (a usage plan): its message is for the caller, no internal error. */
  @Test
  void aPolicyRefusalIsNoInternalError() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", "{\"input\":\"not-allowed\"}");
    assertProblem(r, 403, "policy-refused");
    assertThat(r.body()).contains("model 'big-model' is not allowed by the plan");
  }

  @Test
  void aStoreFailingUnderAnEndpointGivesA500ProblemThatLeaksNothing(CapturedOutput log) throws Exception {
    HttpResponse<String> r = send("GET", "/sessions/broken-1/messages", null, null);
    assertInternalErrorLogged(r, "internal-error", log);
  }

  @Test
  void clientMistakesKeepTheirDetail() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/nobody/runs", "application/json", "{\"input\":\"hi\"}");
    assertProblem(r, 404, "unknown-agent");
    assertThat(r.body()).contains("no agent named 'nobody'");
  }

  static String tags(int count, int keyChars, int valueChars) {
    StringBuilder b = new StringBuilder("{\"input\":\"hi\",\"tags\":{");
    for (int i = 0; i < count; i++) {
      String key = String.format("%02d", i) + "k".repeat(Math.max(0, keyChars - 2));
      b.append(i == 0 ? "" : ",").append('"').append(key).append("\":\"").append("v".repeat(valueChars)).append('"');
    }
    return b.append("}}").toString();
  }

  @Test
  void tagsWithinTheLimitsAreAccepted() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", tags(32, 64, 256));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void tooManyTagsAreABadRequestNamingTheLimit() throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", "application/json", tags(33, 4, 4));
    assertProblem(r, 400, "bad-request");
    assertThat(r.body()).contains("33 tags").contains("32").contains("agent.api.max-tags");
  }

  @Test
  void aTooLongTagKeyOrValueIsABadRequestNamingIt() throws Exception {
    HttpResponse<String> key = send("POST", "/agents/support/runs", "application/json", tags(1, 65, 4));
    assertProblem(key, 400, "bad-request");
    assertThat(key.body()).contains("65 characters").contains("agent.api.max-tag-key-chars");
    HttpResponse<String> value = send("POST", "/agents/support/runs", "application/json",
        "{\"input\":\"hi\",\"tags\":{\"team\":\"" + "v".repeat(1_000_000) + "\"}}");
    assertProblem(value, 400, "bad-request");
    assertThat(value.body()).contains("tag 'team'").contains("1000000 characters").contains("agent.api.max-tag-value-chars")
        .doesNotContain("vvvvvvvvvv");
  }

  @Test
  void clientErrorsSpringMvcAnswersAreProblemsOnTheApisEndpoints() throws Exception {
    HttpResponse<String> media = send("POST", "/agents/support/runs", "text/plain", "hi");
    assertProblem(media, 415, "unsupported-media-type");
    HttpResponse<String> method = send("PUT", "/runs/run-1", "application/json", "{}");
    assertProblem(method, 405, "method-not-allowed");
    assertThat(method.headers().firstValue("Allow")).isPresent();
    HttpResponse<String> unreadable = send("POST", "/agents/support/runs", "application/json", "not json");
    assertProblem(unreadable, 400, "bad-request");
    HttpResponse<String> acceptable = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/runs/run-1/events"))
        .header("X-API-Key", ALICE).header("Accept", "application/xml").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertProblem(acceptable, 406, "not-acceptable");
    HttpResponse<String> approval = send("POST", "/runs/run-1/approvals/a-1", "application/xml", "<approved/>");
    assertProblem(approval, 415, "unsupported-media-type");
  }

  @Test
  void theApplicationsOwnEndpointsAreLeftAlone() throws Exception {
    HttpResponse<String> media = send("POST", "/app/echo", "text/plain", "hi");
    assertThat(media.statusCode()).isEqualTo(415);
    assertThat(media.body()).doesNotContain("urn:agent-runtime");
    HttpResponse<String> method = send("PUT", "/app/echo", "application/json", "{}");
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).doesNotContain("urn:agent-runtime");
  }
}
