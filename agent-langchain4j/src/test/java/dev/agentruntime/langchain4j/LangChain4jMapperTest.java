package dev.agentruntime.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.ToolSpec;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LangChain4jMapperTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void schemaRoundTripKeepsEveryKeywordIncludingOnesJsonObjectSchemaHasNoFieldFor() throws Exception {
    String schema = """
        {"type":"object","properties":{
          "email":{"type":"string","format":"email","description":"who"},
          "qty":{"type":"integer","minimum":1},
          "kind":{"type":"string","enum":["a","b"]},
          "lines":{"type":"array","items":{"type":"object","properties":{"sku":{"type":"string"}},"required":["sku"]}}},
         "required":["email","qty"],"additionalProperties":false}""";
    ToolSpec spec = new ToolSpec("order", "Orders things", schema);

    ToolSpecification l4j = LangChain4jMapper.toLangChain4j(spec);
    assertThat(l4j.parameters()).isInstanceOf(JsonObjectSchema.class);
    assertThat(l4j.parameters().required()).containsExactly("email", "qty");
    ToolSpec back = LangChain4jMapper.toRuntime(l4j);

    assertThat(json.readTree(back.parametersSchema())).isEqualTo(json.readTree(schema));
    assertThat(back.name()).isEqualTo("order");
    assertThat(back.description()).isEqualTo("Orders things");
  }

  @Test
  void toolWithoutParametersGetsAnEmptyObjectSchema() throws Exception {
    ToolSpec s = LangChain4jMapper.toRuntime(ToolSpecification.builder().name("ping").build());
    assertThat(json.readTree(s.parametersSchema())).isEqualTo(json.readTree(ToolSpec.NO_PARAMETERS));
  }

  @Test
  void badSchemaIsRejectedNamingTheTool() {
    ToolSpec s = new ToolSpec("broken", "", "[1,2]");
    assertThatThrownBy(() -> LangChain4jMapper.toLangChain4j(s))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
  }

  @Test
  void messagesMapBothWays() {
    AiMessage ai = AiMessage.from("thinking aloud",
        List.of(ToolExecutionRequest.builder().id("c1").name("lookup").arguments("{\"id\":1}").build()));
    var core = (AssistantMessage) LangChain4jMapper.toRuntime(ai);
    assertThat(core.text()).isEqualTo("thinking aloud");
    assertThat(core.toolCalls()).containsExactly(ToolCall.of("c1", "lookup", "{\"id\":1}"));
    AiMessage back = (AiMessage) LangChain4jMapper.toLangChain4j(core);
    assertThat(back.text()).isEqualTo("thinking aloud");
    assertThat(back.toolExecutionRequests()).isEqualTo(ai.toolExecutionRequests());

    ToolExecutionResultMessage tr = ToolExecutionResultMessage.builder()
        .id("c1").toolName("lookup").text("boom").isError(true).build();
    assertThat(LangChain4jMapper.toRuntime(tr)).isEqualTo(new ToolResultMessage("c1", "lookup", "boom", true));
    assertThat(LangChain4jMapper.toLangChain4j(new ToolResultMessage("c1", "lookup", "boom", true))).isEqualTo(tr);
  }

  @Test
  void unchangedOriginalsSurviveARoundTripThroughTheRuntime() {
    UserMessage withImage = UserMessage.from(TextContent.from("what is this?"),
        ImageContent.from("https://example.com/cat.png"));
    ChatRequest original = ChatRequest.builder()
        .messages(dev.langchain4j.data.message.SystemMessage.from("sys"), withImage)
        .modelName("gpt-4o")
        .topP(0.5)
        .stopSequences(List.of("END"))
        .responseFormat(ResponseFormat.JSON)
        .toolSpecifications(ToolSpecification.builder().name("t").strict(true).build())
        .build();

    ModelRequest core = LangChain4jMapper.toRuntime(original);
    assertThat(core.messages().get(1).text()).isEqualTo("what is this?");
    ChatRequest back = LangChain4jMapper.toLangChain4j(core);

    assertThat(back.messages().get(1)).isSameAs(withImage);
    assertThat(back.topP()).isEqualTo(0.5);
    assertThat(back.stopSequences()).containsExactly("END");
    assertThat(back.responseFormat()).isEqualTo(ResponseFormat.JSON);
    assertThat(back.toolSpecifications().get(0).strict()).isTrue();
    assertThat(back.modelName()).isEqualTo("gpt-4o");

    // a rewritten message is converted, the others are still the originals
    ModelRequest edited = core.withMessages(List.of(core.messages().get(0),
        new dev.agentruntime.core.model.UserMessage("redacted")));
    ChatRequest back2 = LangChain4jMapper.toLangChain4j(edited);
    assertThat(back2.messages().get(0)).isSameAs(original.messages().get(0));
    assertThat(((UserMessage) back2.messages().get(1)).singleText()).isEqualTo("redacted");
  }

  @Test
  void originalsSurviveWhenInterceptorsInsertHistoryOrTrimTheContext() {
    UserMessage withImage = UserMessage.from(TextContent.from("what is this?"),
        ImageContent.from("https://example.com/cat.png"));
    dev.langchain4j.data.message.SystemMessage sys = dev.langchain4j.data.message.SystemMessage.from("sys");
    ModelRequest core = LangChain4jMapper.toRuntime(ChatRequest.builder().messages(sys, withImage).build());

    // a session interceptor puts earlier turns before the new message
    ModelRequest withHistory = core.withMessages(List.of(core.messages().get(0),
        new dev.agentruntime.core.model.UserMessage("earlier question"),
        dev.agentruntime.core.model.AssistantMessage.of("earlier answer"),
        core.messages().get(1)));
    ChatRequest back = LangChain4jMapper.toLangChain4j(withHistory);
    assertThat(back.messages()).hasSize(4);
    assertThat(back.messages().get(0)).isSameAs(sys);
    assertThat(back.messages().get(3)).as("the image is still sent").isSameAs(withImage);

    // a context policy drops the system message
    ChatRequest trimmed = LangChain4jMapper.toLangChain4j(core.withMessages(List.of(core.messages().get(1))));
    assertThat(trimmed.messages()).singleElement().isSameAs(withImage);
  }

  @Test
  void openAiUsageDetailsAndFinishReasonsMap() {
    OpenAiTokenUsage usage = OpenAiTokenUsage.builder()
        .inputTokenCount(1000).outputTokenCount(300).totalTokenCount(1300)
        .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder().cachedTokens(768).build())
        .outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder().reasoningTokens(200).build())
        .build();
    assertThat(LangChain4jMapper.toRuntime(usage)).isEqualTo(new TokenUsage(1000, 300, 768, 0, 200));
    assertThat(LangChain4jMapper.toRuntime((dev.langchain4j.model.output.TokenUsage) null)).isEqualTo(TokenUsage.ZERO);

    for (FinishReason r : FinishReason.values()) {
      assertThat(LangChain4jMapper.toRuntime(LangChain4jMapper.toLangChain4j(r))).isEqualTo(r);
    }
  }

  @Test
  void responsesKeepTheOriginalUnlessRewritten() {
    ChatResponse original = ChatResponse.builder()
        .aiMessage(AiMessage.from("hi"))
        .id("r1").modelName("m").tokenUsage(new dev.langchain4j.model.output.TokenUsage(3, 1))
        .finishReason(dev.langchain4j.model.output.FinishReason.STOP)
        .build();
    ModelResponse core = LangChain4jMapper.toRuntime(original);
    assertThat(core.responseId()).isEqualTo("r1");
    assertThat(LangChain4jMapper.toLangChain4j(core.withMetadata("cost", 1.0))).isSameAs(original);
    ChatResponse rewritten = LangChain4jMapper.toLangChain4j(core.withMessage(AssistantMessage.of("HI")));
    assertThat(rewritten.aiMessage().text()).isEqualTo("HI");
    assertThat(rewritten.id()).isEqualTo("r1");
    assertThat(rewritten.tokenUsage().inputTokenCount()).isEqualTo(3);

    ChatResponse fresh = LangChain4jMapper.toLangChain4j(
        new ModelResponse(AssistantMessage.of("x"), TokenUsage.of(4, 2), FinishReason.LENGTH, "id9", "mm", null));
    assertThat(fresh.id()).isEqualTo("id9");
    assertThat(fresh.finishReason()).isEqualTo(dev.langchain4j.model.output.FinishReason.LENGTH);
    assertThat(fresh.tokenUsage().totalTokenCount()).isEqualTo(6);
  }
}
