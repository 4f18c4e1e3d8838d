package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.spring.api.AgentApiController;
import dev.agentruntime.spring.api.AgentApiExceptionHandler;
import dev.agentruntime.spring.api.ApiKeyAuthenticationFilter;
import dev.agentruntime.spring.api.ApprovalDecider;
import dev.agentruntime.spring.api.RunRegistry;
import dev.agentruntime.spring.api.SessionController;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.spring.approval.ApiApprovals;
import dev.agentruntime.spring.websocket.AgentWebSocketConfig;
import dev.agentruntime.spring.websocket.AgentWebSocketHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The opt-in agent HTTP API ({@code agent.api.enabled=true}) on Spring MVC: the run controller,
 * the run registry with its resumable SSE event logs, API-key authentication (never open by
 * default) and problem-detail errors. Every {@link AgentRuntime} bean is served under its agent
 * name.
 */
@AutoConfiguration(after = AgentRuntimeAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(prefix = "agent.api", name = "enabled", havingValue = "true")
@ConditionalOnBean(AgentRuntime.class)
public class AgentApiAutoConfiguration {

  /**
   * The registry of the API's runs. Its SSE and WebSocket events are written on virtual threads
   * ({@code agent-api-events-N}, one per subscriber being written to) when the application enables
   * them ({@code spring.threads.virtual.enabled=true} on JDK 21+, as Spring Boot's own executors and
   * web server follow), else on the registry's own cached pool of daemon platform threads.
   *
   * @param properties the properties
   * @param environment the environment (for {@code spring.threads.virtual.enabled})
   * @return the registry of the API's runs
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public RunRegistry agentRunRegistry(AgentProperties properties, Environment environment) {
    AgentProperties.Api api = properties.getApi();
    return new RunRegistry(api.getRetention(), api.getHeartbeat(), api.getSseTimeout(), api.getMaxRuns(),
        Clock.systemUTC(), Threading.VIRTUAL.isActive(environment) ? virtualDeliveryThreads() : null);
  }

  /** Prefix of the names of the threads the registry writes events on. */
  static final String DELIVERY_THREAD_PREFIX = "agent-api-events-";

  /**
   * @return a virtual thread per task, unbounded (a slow client's write blocks only its own thread),
   *     needing no shutdown (virtual threads never keep the JVM up; the registry's close ends the
   *     streams written on them)
   */
  static Executor virtualDeliveryThreads() {
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(DELIVERY_THREAD_PREFIX);
    executor.setVirtualThreads(true);
    return executor;
  }

  /**
   * @param runtimes every runtime bean
   * @param registry the registry
   * @param properties the properties
   * @param approvals the human-approval decider, when the application defines one
   * @param sessions the session store, when the application defines one
   * @return the controller
   */
  @Bean
  @ConditionalOnMissingBean
  public AgentApiController agentApiController(
      List<AgentRuntime> runtimes, RunRegistry registry, AgentProperties properties,
      ObjectProvider<ApprovalDecider> approvals, ObjectProvider<SessionStore> sessions) {
    return new AgentApiController(agentsByName(runtimes), registry, maxInput(properties), approvals.getIfAvailable(),
        sessions.getIfAvailable(), tagLimits(properties));
  }

  /**
   * @param store the session store
   * @return the conversations endpoints
   */
  @Bean
  @ConditionalOnBean(SessionStore.class)
  @ConditionalOnMissingBean
  public SessionController agentSessionController(SessionStore store) {
    return new SessionController(store);
  }

  static int maxInput(AgentProperties properties) {
    int max = properties.getApi().getMaxInputChars();
    if (max <= 0) {
      throw new IllegalStateException("agent.api.max-input-chars must be positive, was " + max);
    }
    return max;
  }

  static AgentApiController.TagLimits tagLimits(AgentProperties properties) {
    AgentProperties.Api api = properties.getApi();
    return new AgentApiController.TagLimits(positive("agent.api.max-tags", api.getMaxTags()),
        positive("agent.api.max-tag-key-chars", api.getMaxTagKeyChars()),
        positive("agent.api.max-tag-value-chars", api.getMaxTagValueChars()));
  }

  private static int positive(String property, int value) {
    if (value <= 0) {
      throw new IllegalStateException(property + " must be positive, was " + value);
    }
    return value;
  }

  static Map<String, AgentRuntime> agentsByName(List<AgentRuntime> runtimes) {
    Map<String, AgentRuntime> byName = new LinkedHashMap<>();
    for (AgentRuntime r : runtimes) {
      AgentRuntime clash = byName.put(r.agentName(), r);
      if (clash != null) {
        throw new IllegalStateException(
            "two AgentRuntime beans are named '" + r.agentName() + "': give each a distinct agentName");
      }
    }
    return byName;
  }

  /** Approvals of the tool policy answered over the API, when agent-guardrails is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.agentruntime.guardrails.tools.ApprovalHandler")
  static class Approvals {
    @Bean
    @ConditionalOnMissingBean
    ApiApprovals apiApprovals(RunRegistry registry) {
      return new ApiApprovals(registry);
    }
  }

  /** The WebSocket endpoint, when Spring WebSocket is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.web.socket.config.annotation.WebSocketConfigurer")
  @EnableWebSocket
  static class WebSocket {
    @Bean
    AgentWebSocketHandler agentWebSocketHandler(List<AgentRuntime> runtimes, RunRegistry registry,
        AgentProperties properties, ObjectProvider<ApiApprovals> approvals, ObjectProvider<SessionStore> sessions) {
      return new AgentWebSocketHandler(agentsByName(runtimes), registry, approvals.getIfAvailable(),
          maxInput(properties), sessions.getIfAvailable());
    }

    @Bean
    AgentWebSocketConfig agentWebSocketConfig(AgentWebSocketHandler handler, AgentProperties properties) {
      return new AgentWebSocketConfig(handler, properties.getApi().getAllowedOrigins().toArray(String[]::new));
    }
  }

  /** @return the problem-detail mapping of the API's errors */
  @Bean
  @ConditionalOnMissingBean
  public AgentApiExceptionHandler agentApiExceptionHandler() {
    return new AgentApiExceptionHandler();
  }

  /**
   * Routes the errors Spring MVC raises before choosing a controller (405, 415, 406) on the API's
   * paths to {@link AgentApiExceptionHandler}, so they are problem details as the API's other
   * errors are; the application's own endpoints are left alone.
   *
   * @param context the application context (for Spring MVC's request mappings, looked up when needed)
   * @return the MVC configurer that adds the resolver first
   */
  @Bean
  public WebMvcConfigurer agentApiMappingErrors(ApplicationContext context) {
    return new WebMvcConfigurer() {
      @Override
      public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.stream().filter(ExceptionHandlerExceptionResolver.class::isInstance).findFirst()
            .ifPresent(r -> resolvers.add(0, new ApiMappingErrors((ExceptionHandlerExceptionResolver) r, context)));
      }
    };
  }

  /** Spring Boot's property for the order of Spring Security's filter chain. */
  static final String SECURITY_FILTER_ORDER = "spring.security.filter.order";

  /** Spring Boot's default order of Spring Security's filter chain ({@value}). */
  static final int DEFAULT_SECURITY_FILTER_ORDER = -100;

  /**
   * The API-key filter. It runs after Spring Security's filter chain (at
   * {@code spring.security.filter.order}, {@value #DEFAULT_SECURITY_FILTER_ORDER} by default, plus
   * 10), so that a user Spring Security authenticated is the API's caller: before it, no request
   * had a principal yet, and every such user was refused (with keys) or served as the same
   * anonymous caller (with {@code agent.api.allow-anonymous=true}).
   *
   * @param properties the properties
   * @param environment the environment (for {@code spring.security.filter.order})
   * @return the authentication filter, after Spring Security's
   */
  @Bean
  public FilterRegistrationBean<ApiKeyAuthenticationFilter> agentApiKeyFilter(
      AgentProperties properties, Environment environment) {
    FilterRegistrationBean<ApiKeyAuthenticationFilter> reg =
        new FilterRegistrationBean<>(new ApiKeyAuthenticationFilter(properties.getApi()));
    reg.addUrlPatterns("/agents/*", "/runs/*", "/sessions", "/sessions/*");
    reg.setOrder(afterSecurity(
        environment.getProperty(SECURITY_FILTER_ORDER, Integer.class, DEFAULT_SECURITY_FILTER_ORDER)));
    return reg;
  }

  static int afterSecurity(int securityFilterOrder) {
    return securityFilterOrder > Ordered.LOWEST_PRECEDENCE - 10 ? Ordered.LOWEST_PRECEDENCE : securityFilterOrder + 10;
  }
}
