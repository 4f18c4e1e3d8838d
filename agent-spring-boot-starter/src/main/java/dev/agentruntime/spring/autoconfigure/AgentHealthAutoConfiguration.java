package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.spring.health.AgentRuntimeHealthIndicator;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code agentRuntime} health contributor when Spring Boot's health support is on
 * the classpath (Actuator).
 */
@AutoConfiguration(after = AgentRuntimeAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(AgentRuntime.class)
public class AgentHealthAutoConfiguration {

  /**
   * @param runtimes every runtime bean
   * @param models every model client bean
   * @return the readiness indicator
   */
  @Bean(name = "agentRuntimeHealthIndicator")
  @ConditionalOnMissingBean(name = "agentRuntimeHealthIndicator")
  public AgentRuntimeHealthIndicator agentRuntimeHealthIndicator(
      List<AgentRuntime> runtimes, List<ModelClient> models) {
    return new AgentRuntimeHealthIndicator(runtimes, models);
  }
}
