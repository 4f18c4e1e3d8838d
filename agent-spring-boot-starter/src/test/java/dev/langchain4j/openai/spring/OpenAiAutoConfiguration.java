package dev.langchain4j.openai.spring;

import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for LangChain4j's {@code langchain4j-open-ai-spring-boot4-starter} auto-configuration
 * (same fully-qualified name, which is what the starter's ordering refers to): it defines the
 * {@code ChatModel} bean the real one defines from {@code langchain4j.open-ai.chat-model.*}. The
 * Boot 4 starter is not served by the registry this project builds from.
 */
@AutoConfiguration
public class OpenAiAutoConfiguration {

  /** @return the real OpenAI client (a {@code ChatModel}); nothing calls it in the tests that use this */
  @Bean
  OpenAiChatModel openAiChatModel() {
    return OpenAiChatModel.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("test").modelName("gpt-4o-mini").build();
  }
}
