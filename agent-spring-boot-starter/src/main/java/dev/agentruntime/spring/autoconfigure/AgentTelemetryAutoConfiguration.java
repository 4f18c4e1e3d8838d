package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.telemetry.AgentTelemetry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.contrib.metrics.micrometer.MicrometerMeterProvider;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Telemetry of every run when {@code agent-telemetry} is on the classpath: an
 * {@link AgentTelemetry} interceptor (picked up by the auto-configured runtime) whose spans go to
 * the application's {@link OpenTelemetry} bean and whose metrics — runs, model calls, tokens, cost,
 * tool calls, retries, guardrail triggers, limits — are recorded into Spring Boot's Micrometer
 * {@link MeterRegistry} (through OpenTelemetry's contrib {@code MicrometerMeterProvider}), so they
 * appear in {@code /actuator/metrics} and every registry Boot exports to. The circuit breakers and
 * retries of every {@link AgentRuntime} bean are bound to the same registry with resilience4j's
 * own Micrometer binders ({@code resilience4j.circuitbreaker.*}, {@code resilience4j.retry.*}).
 * Turn it off with {@code agent.telemetry.enabled=false}; define an {@code AgentTelemetry} bean to
 * replace it.
 */
@AutoConfiguration(before = AgentRuntimeAutoConfiguration.class)
@ConditionalOnProperty(prefix = "agent.telemetry", name = "enabled", matchIfMissing = true)
public class AgentTelemetryAutoConfiguration {

  /** The telemetry interceptor, when agent-telemetry is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.agentruntime.telemetry.AgentTelemetry")
  static class Telemetry {
    /**
     * @param properties the properties
     * @param openTelemetry the application's OpenTelemetry, if any (spans, and metrics when
     *     Micrometer is not used)
     * @param micrometer where metrics go, when Micrometer is used
     * @return the telemetry interceptor; no-op when there is neither an OpenTelemetry nor a
     *     MeterRegistry bean
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(AgentTelemetry.class)
    AgentTelemetry agentTelemetry(AgentProperties properties, ObjectProvider<OpenTelemetry> openTelemetry,
        ObjectProvider<MicrometerMetrics> micrometer) {
      OpenTelemetry otel = openTelemetry.getIfUnique();
      MicrometerMetrics metrics = properties.getTelemetry().isMicrometer() ? micrometer.getIfAvailable() : null;
      if (metrics != null) {
        otel = new MicrometerOpenTelemetry(otel != null ? otel : OpenTelemetry.noop(), metrics.provider());
      }
      return AgentTelemetry.builder().openTelemetry(otel).build(); // no OpenTelemetry: the no-op telemetry
    }
  }

  /**
   * The contrib MeterProvider over Boot's registry (closed, with its polling meter, on shutdown).
   * Typed by the OpenTelemetry API only, so the telemetry bean never loads the optional classes.
   *
   * @param provider the provider
   * @param closer closes it
   */
  record MicrometerMetrics(MeterProvider provider, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      closer.close();
    }
  }

  /** Metrics into Micrometer, when Micrometer and the contrib MeterProvider are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"dev.agentruntime.telemetry.AgentTelemetry",
      "io.micrometer.core.instrument.MeterRegistry",
      "io.opentelemetry.contrib.metrics.micrometer.MicrometerMeterProvider"})
  static class Micrometer {
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "agent.telemetry", name = "micrometer", matchIfMissing = true)
    MicrometerMetrics agentMicrometerMetrics(ObjectProvider<MeterRegistry> registry) {
      // resolved on each use: Boot's registry is configured after this bean is created
      MicrometerMeterProvider provider = MicrometerMeterProvider.builder(registry::getObject).build();
      return new MicrometerMetrics(provider, provider);
    }
  }

  /** resilience4j's meters for every runtime's circuit breakers and retries. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"io.micrometer.core.instrument.binder.MeterBinder",
      "io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics"})
  static class Resilience {
    @Bean
    @ConditionalOnMissingBean(name = "agentResilienceMetrics")
    MeterBinder agentResilienceMetrics(ObjectProvider<AgentRuntime> runtimes) {
      return registry -> {
        Set<CircuitBreakerRegistry> breakers = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<RetryRegistry> retries = Collections.newSetFromMap(new IdentityHashMap<>());
        runtimes.orderedStream().forEach(runtime -> {
          if (breakers.add(runtime.circuitBreakerRegistry())) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(runtime.circuitBreakerRegistry()).bindTo(registry);
          }
          if (retries.add(runtime.retryRegistry())) {
            TaggedRetryMetrics.ofRetryRegistry(runtime.retryRegistry()).bindTo(registry);
          }
        });
      };
    }
  }
}
