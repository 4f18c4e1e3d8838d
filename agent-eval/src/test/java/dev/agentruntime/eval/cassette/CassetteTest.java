package dev.agentruntime.eval.cassette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassetteTest {
  @TempDir Path dir;

  /** Calls both tools, then answers with what they returned. */
  static final class TwoToolModel implements ModelClient {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ModelResponse chat(ModelRequest request) {
      calls.incrementAndGet();
      if (request.lastMessage() instanceof ToolResultMessage) {
        String results = request.messages().stream().filter(m -> m instanceof ToolResultMessage)
            .map(m -> m.text()).reduce((a, b) -> a + " | " + b).orElse("");
        return new ModelResponse(AssistantMessage.of("Answer: " + results), TokenUsage.of(30, 7), null, "resp-2",
            "two-tool-model-v1", null);
      }
      return new ModelResponse(new AssistantMessage("", List.of(
          ToolCall.of("c1", "weather", "{\"units\":\"C\",\"city\":\"Oslo\"}"),
          ToolCall.of("c2", "flaky", "{}"))), TokenUsage.of(20, 5), null, "resp-1", "two-tool-model-v1", null);
    }

    @Override
    public ModelInfo info() {
      return ModelInfo.of("test", "two-tool-model");
    }
  }

  static List<Tool> tools(AtomicInteger executions) {
    return List.of(
        Tool.builder("weather").description("weather in a city")
            .parameters("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"units\":{\"type\":\"string\"}}}")
            .handler(inv -> {
              executions.incrementAndGet();
              return "4 degrees in " + inv.arguments().getString("city");
            }).build(),
        Tool.builder("flaky").description("always fails").handler(inv -> {
          executions.incrementAndGet();
          throw new java.io.IOException("disk on fire");
        }).build());
  }

  private static AgentRuntime runtime(ModelClient model, List<Tool> tools, String prompt) {
    return AgentRuntime.builder().model(model).tools(tools).systemPrompt(prompt)
        .resilience(ResiliencePolicy.none()).build();
  }

  @Test
  void recordsOnceThenReplaysEveryModelAndToolCallWithoutTheRealOnes() throws Exception {
    Path file = dir.resolve("cassettes/two-tools.json");
    TwoToolModel model = new TwoToolModel();
    AtomicInteger executions = new AtomicInteger();
    Cassette rec = Cassette.record(file);
    AgentResult recorded;
    try (AgentRuntime rt = runtime(rec.model(model), rec.tools(tools(executions)), "be brief")) {
      recorded = rt.run("weather in Oslo?");
    }
    rec.save();
    assertThat(model.calls.get()).isEqualTo(2);
    assertThat(executions.get()).isEqualTo(2);
    assertThat(rec.size()).isEqualTo(4);
    assertThat(recorded.output()).isEqualTo("Answer: 4 degrees in Oslo | tool 'flaky' failed: disk on fire");
    assertThat(Files.readString(file)).contains("\"kind\" : \"tool\"").contains("java.io.IOException");

    Cassette replay = Cassette.replay(file);
    try (AgentRuntime rt = runtime(replay.model(), replay.tools(), "be brief")) {
      AgentResult again = rt.run("weather in Oslo?");
      assertThat(again.output()).isEqualTo(recorded.output());
      assertThat(again.usage()).isEqualTo(recorded.usage());
      assertThat(again.modelCalls().get(1).response().responseModel()).isEqualTo("two-tool-model-v1");
      assertThat(again.toolCalls()).extracting(t -> t.call().name()).containsExactlyInAnyOrder("weather", "flaky");
    }
    assertThat(model.calls.get()).isEqualTo(2);
    assertThat(executions.get()).isEqualTo(2);
    // replay with the real tools handed in: they are not executed either
    try (AgentRuntime rt = runtime(replay.model(null), replay.tools(tools(executions)), "be brief")) {
      assertThat(rt.run("weather in Oslo?").output()).isEqualTo(recorded.output());
    }
    assertThat(executions.get()).isEqualTo(2);
  }

  @Test
  void aRequestTheCassetteDoesNotHoldFailsClearly() throws Exception {
    Path file = dir.resolve("c.json");
    Cassette rec = Cassette.record(file);
    try (AgentRuntime rt = runtime(rec.model(new TwoToolModel()), rec.tools(tools(new AtomicInteger())), "be brief")) {
      rt.run("weather in Oslo?");
    }
    rec.save();
    Cassette replay = Cassette.replay(file);
    try (AgentRuntime rt = runtime(replay.model(), replay.tools(), "be verbose")) {
      assertThatThrownBy(() -> rt.run("weather in Oslo?"))
          .isInstanceOf(AgentRuntimeException.class)
          .satisfies(e -> assertThat(rootMessage(e))
              .contains("holds no model call matching this request")
              .contains("message 1 differs: recorded {\"role\":\"system\",\"text\":\"be brief\"}")
              .contains("now {\"role\":\"system\",\"text\":\"be verbose\"}"));
    }
  }

  @Test
  void aFileThatIsNotACassetteIsNamed() throws Exception {
    Path file = dir.resolve("x.json");
    Files.writeString(file, "{\"interactions\": []}");
    assertThatThrownBy(() -> Cassette.replay(file)).hasMessageContaining("x.json is not a version-1 cassette");
    assertThatThrownBy(() -> Cassette.record(file).model()).isInstanceOf(IllegalStateException.class);
  }

  static String rootMessage(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append(" / ");
    }
    return sb.toString();
  }
}
