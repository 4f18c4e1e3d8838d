package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.spring.langchain4j.RuntimeModelDecorator;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * LangChain4j integration, when agent-langchain4j is on the classpath. The application's
 * LangChain4j model beans (a {@code ChatModel} / {@code StreamingChatModel} of its own, or the
 * ones LangChain4j's Spring Boot starters create) become the runtime's {@link ModelClient} when
 * the application defines none, and are decorated with the runtime
 * ({@link RuntimeModelDecorator}) so that code calling them directly — {@code AiServices}, an
 * {@code @AiService} — goes through the same chain ({@code agent.langchain4j.decorate-models=false}
 * turns that off).
 *
 * <p>It runs after the auto-configurations of LangChain4j's Spring Boot starters (named, so none of
 * them is needed on the classpath), so that the model bean a starter defines exists when
 * {@code @ConditionalOnSingleCandidate} looks for it; a starter missing from that list would leave the
 * application without a runtime (and without the agent HTTP API) unless it defines a
 * {@code ModelClient} or the model bean itself.
 */
@AutoConfiguration(
    before = AgentRuntimeAutoConfiguration.class,
    afterName = {
      // langchain4j-spring, Spring Boot 3 starters (1.x)
      "dev.langchain4j.openai.spring.AutoConfig",
      "dev.langchain4j.openaiofficial.spring.AutoConfig",
      "dev.langchain4j.anthropic.spring.AutoConfig",
      "dev.langchain4j.ollama.spring.AutoConfig",
      "dev.langchain4j.azure.openai.spring.AutoConfig",
      "dev.langchain4j.googleaigemini.spring.AutoConfig",
      "dev.langchain4j.vertexai.gemini.spring.AutoConfig",
      "dev.langchain4j.mistralai.spring.AutoConfig",
      "dev.langchain4j.model.github.spring.AutoConfig",
      // langchain4j-spring, Spring Boot 4 starters (langchain4j-*-spring-boot4-starter)
      "dev.langchain4j.openai.spring.OpenAiAutoConfiguration",
      "dev.langchain4j.openaiofficial.spring.OpenAiOfficialAutoConfiguration",
      "dev.langchain4j.anthropic.spring.AnthropicAutoConfiguration",
      "dev.langchain4j.ollama.spring.OllamaAutoConfiguration",
      "dev.langchain4j.azure.openai.spring.AzureOpenAiAutoConfiguration",
      "dev.langchain4j.googleaigemini.spring.GoogleAiGeminiAutoConfiguration",
      "dev.langchain4j.vertexai.gemini.spring.VertexAiGeminiAutoConfiguration",
      "dev.langchain4j.mistralai.spring.MistralAiAutoConfiguration",
      "dev.langchain4j.model.githubmodels.spring.GitHubModelsAutoConfiguration",
      // langchain4j-community starters with chat models
      "dev.langchain4j.community.dashscope.spring.AutoConfig",
      "dev.langchain4j.community.dashscope.spring.DashScopeAutoConfiguration",
      "dev.langchain4j.community.qianfan.spring.QianfanAutoConfiguration",
      "dev.langchain4j.community.zhipu.spring.ZhipuAiAutoConfiguration",
      "dev.langchain4j.community.xinference.spring.XinferenceAutoConfiguration",
      "dev.langchain4j.community.novitaai.spring.AutoConfig"
    })
@ConditionalOnClass(name = {"dev.agentruntime.langchain4j.LangChain4jRuntime", "dev.langchain4j.model.chat.ChatModel"})
@ConditionalOnProperty(prefix = "agent", name = "enabled", matchIfMissing = true)
public class AgentLangChain4jAutoConfiguration {

  /**
   * @param chat the application's chat model
   * @param streaming its streaming model, when there is exactly one
   * @return the runtime's model client over the undecorated models
   */
  @Bean
  @ConditionalOnMissingBean(ModelClient.class)
  @ConditionalOnSingleCandidate(ChatModel.class)
  public ModelClient agentModelClient(ChatModel chat, ObjectProvider<StreamingChatModel> streaming) {
    LangChain4jModelClient.Builder b = LangChain4jModelClient.builder().chatModel(RuntimeModelDecorator.undecorated(chat));
    StreamingChatModel s = streaming.getIfUnique();
    if (s != null) {
      b.streamingChatModel(RuntimeModelDecorator.undecorated(s));
    }
    return b.build();
  }

  /**
   * @param streaming the application's only (streaming) model
   * @return the runtime's model client over the undecorated model
   */
  @Bean
  @ConditionalOnMissingBean(ModelClient.class)
  @ConditionalOnSingleCandidate(StreamingChatModel.class)
  public ModelClient agentStreamingModelClient(StreamingChatModel streaming) {
    return LangChain4jModelClient.of(RuntimeModelDecorator.undecorated(streaming));
  }

  /**
   * @param runtime the runtime, resolved at the first model call
   * @return the decorator of model beans
   */
  @Bean
  @ConditionalOnProperty(prefix = "agent.langchain4j", name = "decorate-models", matchIfMissing = true)
  public static RuntimeModelDecorator agentLangChain4jModelDecorator(ObjectProvider<AgentRuntime> runtime) {
    return new RuntimeModelDecorator(runtime);
  }
}
