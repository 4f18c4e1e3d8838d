package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.tool.Tool;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.List;
import dev.agentruntime.core.session.SessionInterceptor;
import dev.agentruntime.core.session.SessionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures one {@link AgentRuntime} from the {@code agent.*} properties when the
 * application defines a {@link ModelClient} bean and no {@code AgentRuntime} of its own. Every
 * {@link Tool}, {@link AgentInterceptor} and {@link AgentEventListener} bean is added. Nothing is
 * started: the runtime creates its threads lazily, and Spring closes it on shutdown.
 */
@AutoConfiguration
@EnableConfigurationProperties(AgentProperties.class)
@ConditionalOnProperty(prefix = "agent", name = "enabled", matchIfMissing = true)
public class AgentRuntimeAutoConfiguration {

  /**
   * The runtime.
   *
   * @param properties the {@code agent.*} properties
   * @param model the application's model client
   * @param tools every tool bean
   * @param interceptors every interceptor bean, each registered with its companions (a
   *     {@code CostTracker} bean brings its per-attempt partner: define the tracker only)
   * @param listeners every event listener bean
   * @param sessions the session store, when the application defines one: runs with a session id
   *     then continue that conversation (unless a {@link SessionInterceptor} bean is defined)
   * @param circuitBreakers the application's resilience4j circuit breaker registry, if it has one
   * @param retries the application's resilience4j retry registry, if it has one
   * @return a runtime built from the properties
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnBean(ModelClient.class)
  @ConditionalOnMissingBean(AgentRuntime.class)
  public AgentRuntime agentRuntime(
      AgentProperties properties,
      ModelClient model,
      ObjectProvider<Tool> tools,
      ObjectProvider<AgentInterceptor> interceptors,
      ObjectProvider<AgentEventListener> listeners,
      ObjectProvider<SessionStore> sessions,
      ObjectProvider<CircuitBreakerRegistry> circuitBreakers,
      ObjectProvider<RetryRegistry> retries) {
    AgentRuntime.Builder builder = AgentRuntime.builder().agentName(properties.getName()).model(model);
    circuitBreakers.ifUnique(builder::circuitBreakerRegistry); // shared with the application's resilience4j
    retries.ifUnique(builder::retryRegistry);
    String prompt = properties.getSystemPrompt() != null && !properties.getSystemPrompt().isBlank()
        ? properties.getSystemPrompt() : null;
    if (properties.isStreaming() || properties.getToolErrors() == AgentProperties.ToolErrors.GENERIC) {
      ToolCallingLoop.Builder loop = ToolCallingLoop.builder().systemPrompt(prompt).streaming(properties.isStreaming());
      if (properties.getToolErrors() == AgentProperties.ToolErrors.GENERIC) {
        loop.toolErrorMessage(ToolCallingLoop::genericToolError);
      }
      builder.loop(loop.build());
    } else if (prompt != null) {
      builder.systemPrompt(prompt);
    }
    builder.tools(tools.orderedStream().toList());
    List<AgentInterceptor> all = interceptors.orderedStream().toList();
    all.forEach(builder::interceptor);
    SessionStore store = sessions.getIfAvailable();
    if (store != null && all.stream().noneMatch(i -> i instanceof SessionInterceptor)) {
      builder.interceptor(SessionInterceptor.builder(store).build());
    }
    listeners.orderedStream().forEach(builder::listener);
    builder.limits(limits(properties.getLimits()));
    builder.resilience(resilience(properties.getResilience()));
    AgentProperties.Limits limits = properties.getLimits();
    if (limits.getMaxConcurrentRuns() != null) {
      Duration wait = limits.getConcurrencyWait() == null ? Duration.ZERO : limits.getConcurrencyWait();
      builder.maxConcurrentRuns(limits.getMaxConcurrentRuns(), wait);
    }
    return builder.build();
  }

  static RunLimits limits(AgentProperties.Limits p) {
    RunLimits.Builder b = RunLimits.defaults().toBuilder();
    if (p.getMaxSteps() != null) {
      b.maxSteps(p.getMaxSteps());
    }
    if (p.getMaxModelCalls() != null) {
      b.maxModelCalls(p.getMaxModelCalls());
    }
    if (p.getMaxToolCalls() != null) {
      b.maxToolCalls(p.getMaxToolCalls());
    }
    if (p.getMaxDuration() != null) {
      b.maxDuration(p.getMaxDuration());
    }
    return b.build();
  }

  static ResiliencePolicy resilience(AgentProperties.Resilience p) {
    if (!p.isEnabled()) {
      return ResiliencePolicy.none();
    }
    RetryPolicy retry = RetryPolicy.defaults();
    if (p.getModelMaxRetries() != null) {
      retry = retry.withMaxRetries(p.getModelMaxRetries());
    }
    if (p.getModelInitialBackoff() != null || p.getModelMaxBackoff() != null) {
      Duration initial = p.getModelInitialBackoff() != null ? p.getModelInitialBackoff() : retry.initialBackoff();
      Duration max = p.getModelMaxBackoff() != null ? p.getModelMaxBackoff() : retry.maxBackoff();
      retry = retry.withBackoff(initial, max);
    }
    ResiliencePolicy.Builder b = ResiliencePolicy.builder().modelRetry(retry);
    if (p.getModelAttemptTimeout() != null) {
      b.modelAttemptTimeout(p.getModelAttemptTimeout());
    }
    return b.build();
  }
}
