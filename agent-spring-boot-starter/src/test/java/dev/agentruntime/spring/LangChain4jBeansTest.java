package dev.agentruntime.spring;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.spring.autoconfigure.AgentLangChain4jAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentRuntimeAutoConfiguration;
import dev.agentruntime.spring.autoconfigure.AgentTelemetryAutoConfiguration;
import dev.agentruntime.telemetry.AgentTelemetry;
import dev.agentruntime.testing.openai.OpenAiMockServer;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

/**
 * An application whose only model is a LangChain4j {@code ChatModel} bean (the real OpenAI client
 * against WireMock), as LangChain4j's Spring Boot integration defines it: the bean becomes the
 * runtime's model, and direct calls through the bean pass through the runtime's chain — traced,
 * and bounded by the run's limits inside a run.
 */
@SpringBootTest(
    classes = LangChain4jBeansTest.App.class,
    properties = {"agent.name=lc", "agent.limits.max-model-calls=1", "agent.resilience.model-max-retries=0"})
class LangChain4jBeansTest {

  static final OpenAiMockServer OPENAI = OpenAiMockServer.start();
  static final InMemoryTelemetry TELEMETRY = InMemoryTelemetry.create();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    ChatModel openAi() {
      return OpenAiChatModel.builder().baseUrl(OPENAI.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build();
    }

    @Bean
    AgentTelemetry telemetry() {
      return TELEMETRY.interceptor();
    }
  }

  @Autowired ChatModel chatModel;
  @Autowired AgentRuntime runtime;

  @AfterAll
  static void stop() {
    OPENAI.close();
    TELEMETRY.close();
  }

  @BeforeEach
  void reset() {
    OPENAI.reset();
    TELEMETRY.reset();
  }

  @Test
  void aCallThroughTheBeanOutsideARunIsTracedOnItsOwn() {
    OPENAI.thenAnswer("Hello from the model.");
    assertThat(chatModel).isNotInstanceOf(OpenAiChatModel.class);
    assertThat(chatModel.chat("Hi")).isEqualTo("Hello from the model.");
    assertThat(OPENAI.requestCount()).isEqualTo(1);
    assertThat(TELEMETRY).hasSpan("chat gpt-4o-mini").withAttribute("gen_ai.usage.input_tokens", 10L);
    assertThat(TELEMETRY.spans("chat gpt-4o-mini")).hasSize(1);
  }

  @Test
  void insideARunTheBeanReportsIntoTheRunAndObeysItsLimits() {
    OPENAI.thenAnswer("first").thenAnswer("second");
    assertThatThrownBy(() -> runtime.run("question", (in, ctx) -> chatModel.chat(in) + chatModel.chat(in)))
        .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(Limit.MAX_MODEL_CALLS));
    assertThat(OPENAI.requestCount()).as("the second call was refused before reaching the provider").isEqualTo(1);
    assertThat(TELEMETRY).hasSpan("chat gpt-4o-mini").withParent("invoke_agent lc");
  }

  @Test
  void theRuntimesOwnLoopCallsTheUndecoratedModelSoEachCallPassesTheChainOnce() {
    OPENAI.thenAnswer("Answer.");
    assertThat(runtime.run("question").output()).isEqualTo("Answer.");
    assertThat(OPENAI.requestCount()).isEqualTo(1);
    assertThat(TELEMETRY.spans("chat gpt-4o-mini")).hasSize(1);
    assertThat(TELEMETRY).hasSpan("chat gpt-4o-mini").withParent("invoke_agent lc");
  }

  @Test
  void decorationCanBeTurnedOff() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AgentTelemetryAutoConfiguration.class,
            AgentLangChain4jAutoConfiguration.class, AgentRuntimeAutoConfiguration.class))
        .withUserConfiguration(App.class)
        .withPropertyValues("agent.langchain4j.decorate-models=false")
        .run(ctx -> {
          assertThat(ctx.getBean(ChatModel.class)).isInstanceOf(OpenAiChatModel.class);
          assertThat(ctx).hasSingleBean(AgentRuntime.class); // the model bean still drives the runtime
        });
  }
}
