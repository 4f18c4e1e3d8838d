package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The runtime's own metrics and resilience4j's circuit-breaker meters, read the way an operator
 * reads them: from {@code /actuator/metrics} of a running service after real runs over the API.
 */
@SpringBootTest(
    classes = SupportTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.keys[0].key=alice-key-0123456789",
      "agent.api.keys[0].user=alice",
      "management.endpoints.web.exposure.include=health,metrics"
    })
class MetricsTest {

  static final String ALICE = "alice-key-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();
  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> run(String input) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/agents/support/runs"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + ALICE)
        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"" + input + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** @return the metric's measurements by statistic, or null when the meter does not exist */
  JsonNode metric(String name, String... tags) throws Exception {
    StringBuilder url = new StringBuilder("http://localhost:" + port + "/actuator/metrics/" + name + "?");
    for (String t : tags) {
      url.append("tag=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)).append('&');
    }
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 404) {
      return null;
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static double stat(JsonNode metric, String statistic) {
    for (JsonNode m : metric.path("measurements")) {
      if (statistic.equals(m.path("statistic").asText())) {
        return m.path("value").asDouble();
      }
    }
    throw new AssertionError("no " + statistic + " in " + metric);
  }

  @Test
  void runsTokensToolCallsRefusalsAndCircuitBreakersAreInActuatorMetrics() throws Exception {
    assertThat(metric("agent_runtime.runs")).as("no run yet, no meter").isNull();

    assertThat(run("hello").statusCode()).isEqualTo(200);
    assertThat(run("slow 2").statusCode()).isEqualTo(200); // three model calls, two lookup_order calls
    assertThat(run("plan-limited please").statusCode()).isEqualTo(429); // refused by the plan

    JsonNode completed = metric("agent_runtime.runs", "agent_runtime.run.outcome:completed");
    assertThat(stat(completed, "COUNT")).isEqualTo(2);
    JsonNode failed = metric("agent_runtime.runs", "agent_runtime.run.outcome:failed");
    assertThat(stat(failed, "COUNT")).isEqualTo(1);
    assertThat(metric("agent_runtime.runs").path("availableTags").toString()).contains("gen_ai.agent.name", "support");
    JsonNode refusals = metric("agent_runtime.policy.refusals", "agent_runtime.policy:rate_limit");
    assertThat(stat(refusals, "COUNT")).as("the plan's refusal").isEqualTo(1);

    // every model call answered 10 input and 5 output tokens: 4 calls
    JsonNode input = metric("gen_ai.client.token.usage", "gen_ai.token.type:input");
    assertThat(stat(input, "COUNT")).isEqualTo(4);
    assertThat(stat(input, "TOTAL")).isEqualTo(40);
    assertThat(stat(metric("gen_ai.client.token.usage", "gen_ai.token.type:output"), "TOTAL")).isEqualTo(20);
    assertThat(stat(metric("gen_ai.client.operation.duration"), "COUNT")).isEqualTo(4);
    assertThat(stat(metric("agent_runtime.tool.calls", "gen_ai.tool.name:lookup_order"), "COUNT")).isEqualTo(2);
    assertThat(stat(metric("agent_runtime.run.steps"), "COUNT")).isEqualTo(3); // the refused run too (0 steps)

    // resilience4j's own meters of the runtime's model circuit, bound through its registry
    JsonNode closed = metric("resilience4j.circuitbreaker.state", "state:closed");
    assertThat(closed).isNotNull();
    assertThat(closed.path("availableTags").toString()).contains("model:test/support-model");
    assertThat(stat(closed, "VALUE")).isPositive();
    JsonNode modelCalls = metric("resilience4j.circuitbreaker.calls", "kind:successful", "name:model:test/support-model");
    assertThat(stat(modelCalls, "COUNT")).isEqualTo(4);
    JsonNode toolCalls = metric("resilience4j.circuitbreaker.calls", "kind:successful", "name:tool:lookup_order");
    assertThat(stat(toolCalls, "COUNT")).isEqualTo(2);
  }
}
