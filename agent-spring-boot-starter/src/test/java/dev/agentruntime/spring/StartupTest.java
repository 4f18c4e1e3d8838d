package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.spring.api.AgentApiController;
import dev.agentruntime.spring.autoconfigure.AgentApiAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentHealthAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentRuntimeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** What the auto-configuration creates, and refuses, for a given set of properties. */
class StartupTest {

  final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AgentRuntimeAutoConfiguration.class,
          AgentHealthAutoConfiguration.class, AgentApiAutoConfiguration.class));

  @Test
  void noModelNoRuntime() {
    runner.run(ctx -> assertThat(ctx).doesNotHaveBean(AgentRuntime.class));
  }

  @Test
  void aModelBeanGivesARuntimeNamedByProperties() {
    runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.name=helpdesk", "agent.limits.max-steps=3")
        .run(ctx -> {
          assertThat(ctx).hasSingleBean(AgentRuntime.class);
          assertThat(ctx.getBean(AgentRuntime.class).agentName()).isEqualTo("helpdesk");
          assertThat(ctx.getBean(AgentRuntime.class).tools().names()).contains("lookup_order");
          assertThat(ctx).doesNotHaveBean(AgentApiController.class); // the API is opt-in
        });
  }

  @Test
  void theApiNeverStartsOpenByDefault() {
    runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.api.enabled=true")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .rootCause().hasMessageContaining("no agent.api.keys are configured"));
  }

  @Test
  void theApiKeyFilterRunsAfterSpringSecuritysFilterChainWhereverThatIs() {
    WebApplicationContextRunner api = runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.api.enabled=true", "agent.api.allow-anonymous=true");
    api.run(ctx -> assertThat(ctx.getBean("agentApiKeyFilter", org.springframework.core.Ordered.class).getOrder())
        .isEqualTo(-90));
    api.withPropertyValues("spring.security.filter.order=5")
        .run(ctx -> assertThat(ctx.getBean("agentApiKeyFilter", org.springframework.core.Ordered.class).getOrder())
            .isEqualTo(15));
  }

  @Test
  void shortKeysAreRefused() {
    runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.api.enabled=true", "agent.api.keys[0].key=short", "agent.api.keys[0].user=a")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .rootCause().hasMessageContaining("at least 16 characters"));
  }

  @Test
  void badLimitsFailAtStartupNamingTheSetting() {
    runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.limits.max-steps=-1")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("maxSteps"));
  }

  @Test
  void telemetryIsAddedToTheRuntimeAndCanBeTurnedOff() {
    WebApplicationContextRunner withTelemetry = runner.withConfiguration(
        AutoConfigurations.of(dev.agentruntime.spring.autoconfigure.AgentTelemetryAutoConfiguration.class))
        .withUserConfiguration(SupportTestApp.class)
        .withBean(io.micrometer.core.instrument.MeterRegistry.class,
            io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    withTelemetry.run(ctx -> {
      dev.agentruntime.telemetry.AgentTelemetry telemetry = ctx.getBean(dev.agentruntime.telemetry.AgentTelemetry.class);
      assertThat(telemetry.enabled()).as("records into the MeterRegistry").isTrue();
      assertThat(ctx.getBean(AgentRuntime.class).interceptors()).contains(telemetry);
    });
    withTelemetry.withPropertyValues("agent.telemetry.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(dev.agentruntime.telemetry.AgentTelemetry.class));
  }

  @Test
  void badTagLimitsFailAtStartupNamingTheProperty() {
    WebApplicationContextRunner api = runner.withUserConfiguration(SupportTestApp.class)
        .withPropertyValues("agent.api.enabled=true", "agent.api.allow-anonymous=true");
    api.run(ctx -> assertThat(ctx).hasNotFailed());
    for (String bad : new String[] {"max-tags=0", "max-tag-key-chars=-1", "max-tag-value-chars=0"}) {
      api.withPropertyValues("agent.api." + bad)
          .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
              .hasMessageContaining("agent.api." + bad.substring(0, bad.indexOf('=')) + " must be positive"));
    }
  }
}
