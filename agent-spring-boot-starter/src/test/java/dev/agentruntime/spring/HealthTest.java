package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Actuator readiness and liveness of an agent service whose provider goes down. */
@SpringBootTest(
    classes = SupportTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "agent.resilience.model-max-retries=0"
    })
class HealthTest {

  static final String ALICE = "alice-key-0123456789";
  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void providerBack() {
    SupportTestApp.PROVIDER_DOWN.set(false);
  }

  HttpResponse<String> post(String path, String key, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessGoesDownWhenTheModelCircuitOpensAndLivenessStaysUp() throws Exception {
    assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    SupportTestApp.PROVIDER_DOWN.set(true);
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> r = post("/agents/support/runs", ALICE, "{\"input\":\"hello " + i + "\"}");
      assertThat(r.statusCode()).isIn(502, 503);
    }
    HttpResponse<String> readiness = get("/actuator/health/readiness", null);
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).contains("DOWN");
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    HttpResponse<String> open = post("/agents/support/runs", ALICE, "{\"input\":\"hello again\"}");
    assertThat(open.statusCode()).isEqualTo(503);
    assertThat(open.body()).contains("urn:agent-runtime:problem:circuit-open");
  }
}
