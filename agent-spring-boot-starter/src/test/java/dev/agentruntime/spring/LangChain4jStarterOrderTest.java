package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.spring.api.AgentApiController;
import dev.agentruntime.spring.autoconfigure.AgentApiAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentLangChain4jAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentRuntimeAutoConfiguration;
import dev.langchain4j.openai.spring.OpenAiAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * A {@code ChatModel} that a LangChain4j Spring Boot starter's auto-configuration defines (not the
 * application) drives the auto-configured runtime: the starter's model bean must exist when the
 * single-candidate condition is evaluated, whatever order the auto-configurations' names sort in.
 */
class LangChain4jStarterOrderTest {

  @Test
  void aChatModelFromLangChain4jsOwnAutoConfigurationBecomesTheRuntimesModel() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AgentRuntimeAutoConfiguration.class,
            AgentLangChain4jAutoConfiguration.class, AgentApiAutoConfiguration.class, OpenAiAutoConfiguration.class))
        .withPropertyValues("agent.name=lc", "agent.api.enabled=true", "agent.api.allow-anonymous=true")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx).hasSingleBean(ModelClient.class);
          assertThat(ctx).hasSingleBean(AgentRuntime.class);
          assertThat(ctx.getBean(AgentRuntime.class).agentName()).isEqualTo("lc");
          assertThat(ctx).as("the HTTP API is served").hasSingleBean(AgentApiController.class);
        });
  }
}
