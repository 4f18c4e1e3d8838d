package dev.agentruntime.spring.health;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of the agent runtimes: DOWN while a model's circuit breaker is OPEN (the instance
 * would only refuse or fall back), UP otherwise. Registered as the {@code agentRuntime} health
 * contributor and meant for the {@code readiness} group only — liveness must not depend on a
 * provider's outage, or Kubernetes would restart healthy pods. The starter adds it to the
 * readiness group by default ({@code management.endpoint.health.group.readiness.include}).
 */
public final class AgentRuntimeHealthIndicator implements HealthIndicator {

  private final List<AgentRuntime> runtimes;
  private final List<ModelClient> models;

  /**
   * @param runtimes the runtimes to report on
   * @param models the model clients whose circuits count
   */
  public AgentRuntimeHealthIndicator(List<AgentRuntime> runtimes, List<ModelClient> models) {
    this.runtimes = List.copyOf(runtimes);
    this.models = List.copyOf(models);
  }

  @Override
  public Health health() {
    boolean down = false;
    Map<String, Object> details = new LinkedHashMap<>();
    for (AgentRuntime runtime : runtimes) {
      Map<String, String> circuits = new LinkedHashMap<>();
      for (ModelClient model : models) {
        String circuit = "model:" + model.info().key();
        Optional<String> state = runtime.circuitState(circuit);
        state.ifPresent(s -> circuits.put(circuit, s));
        if (state.filter("OPEN"::equals).isPresent()) {
          down = true;
        }
      }
      details.put(runtime.agentName(), circuits);
    }
    return (down ? Health.down() : Health.up()).withDetails(details).build();
  }
}
