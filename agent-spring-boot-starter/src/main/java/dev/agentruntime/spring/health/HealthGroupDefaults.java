package dev.agentruntime.spring.health;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lowest-precedence defaults that put the {@code agentRuntime} contributor in the readiness group
 * (and keep it out of liveness), with the Kubernetes probe groups enabled. Any value the
 * application sets wins.
 */
public final class HealthGroupDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource("agentRuntimeHealthDefaults", Map.of(
        "management.endpoint.health.probes.enabled", "true",
        "management.endpoint.health.group.readiness.include", "readinessState,agentRuntime",
        "management.endpoint.health.group.liveness.include", "livenessState")));
  }
}
