package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.guardrails.pii.PiiGuardrail;
import dev.agentruntime.guardrails.secrets.SecretDetector;
import dev.agentruntime.guardrails.secrets.SecretsGuardrail;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A streamed answer reaches the caller as the output guardrails leave it, whatever the deltas'
 * sizes: a secret's value is judged with its key, a value with the words around it, even when
 * the text is released word by word.
 */
class StreamedOutputGuardrailsTest {

  private static ModelClient streaming(String text, int deltaSize) {
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) {
        return ModelResponse.ofText(text, null);
      }

      @Override
      public ModelResponse chatStreaming(ModelRequest request, Consumer<String> onTextDelta) {
        for (int i = 0; i < text.length(); i += deltaSize) {
          onTextDelta.accept(text.substring(i, Math.min(text.length(), i + deltaSize)));
        }
        return ModelResponse.ofText(text, null);
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("test", "streaming-model");
      }
    };
  }

  private static String streamed(AgentRuntime rt) {
    StringBuilder seen = new StringBuilder();
    try (EventStream events = rt.stream("go")) {
      for (AgentEvent e : events) {
        if (e instanceof TextDelta t) {
          seen.append(t.text());
        }
      }
    }
    return seen.toString();
  }

  @Test
  void aSecretAssignedInAStreamedAnswerNeverReachesTheCaller() {
    String value = "Xk9mQ2vLp7Rt4Wz8";
    String text = "Use password: " + value + " and then log in to the admin console right away, before the "
        + "maintenance window closes tonight at ten.";
    assertThat(SecretDetector.all().detect(text)).as("the detector finds it in the whole text").isNotEmpty();
    for (int size : new int[] {1, 4, 7, 200}) {
      AgentRuntime rt = AgentRuntime.builder().model(streaming(text, size))
          .loop(ToolCallingLoop.builder().streaming(true).build())
          .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder().add(SecretsGuardrail.create()).build()))
          .build();
      String seen = streamed(rt);
      assertThat(seen).as("streamed in deltas of %d", size).doesNotContain(value).contains("admin console");
    }
  }

  @Test
  void anEmailStreamedCharacterByCharacterIsRedacted() {
    String text = "Sure. Write to jane.doe@example.com and she will sort out the refund for order 42 this week.";
    AgentRuntime rt = AgentRuntime.builder().model(streaming(text, 1))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder().add(PiiGuardrail.create()).build()))
        .build();
    String seen = streamed(rt);
    assertThat(seen).doesNotContain("jane.doe@example.com").contains("<EMAIL_1>").endsWith("this week.");
  }

  /** A word still being streamed is not judged alone: "hell" of "hello" does not stop the stream. */
  @Test
  void aWordCutByTheDeltasIsJudgedWhole() {
    String text = "Happy to help with that! Please say hello to all the team from me, and thanks for the "
        + "patience while we sorted out the refund of order 42. Say hello to them, hello again, hello.";
    dev.agentruntime.guardrails.content.ContentFilterGuardrail filter =
        dev.agentruntime.guardrails.content.ContentFilterGuardrail.builder().blockWords("hell").build();
    assertThat(GuardrailChain.builder().add(filter).build()
        .evaluate(dev.agentruntime.core.guardrail.GuardrailPoint.OUTPUT, "Please say hell").blocked())
        .as("the word alone is blocked").isTrue();
    // wherever the deltas cut it, and wherever a release falls while it streams
    for (int pad = 0; pad < 8; pad++) {
      for (int size : new int[] {1, 2, 3, 5}) {
        String padded = "ok ".repeat(pad) + text;
        AgentRuntime rt = AgentRuntime.builder().model(streaming(padded, size))
            .loop(ToolCallingLoop.builder().streaming(true).build())
            .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder().add(filter).build()))
            .build();
        assertThat(streamed(rt)).as("padding %d, deltas of %d", pad, size).isEqualTo(padded);
      }
    }
  }

  /**
   * A re-ask guardrail that rejects every part of a streamed JSON answer (a part is no JSON yet)
   * does not stop the redaction of the part by the guardrails after it.
   */
  @Test
  void aReaskOnThePartsDoesNotStopTheirRedaction() {
    String text = "{\"note\": \"mail jane.doe@example.com about the refund for order 42 this week, please\", "
        + "\"priority\": \"normal\"}";
    AgentRuntime rt = AgentRuntime.builder().model(streaming(text, 3))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder()
            .add(dev.agentruntime.guardrails.schema.OutputSchemaGuardrail.of("{\"type\":\"object\"}"))
            .add(PiiGuardrail.create()).build()))
        .build();
    assertThat(streamed(rt)).doesNotContain("jane.doe@example.com").contains("<EMAIL_1>");
  }
  /**
   * A guardrail that can only judge a whole answer (a JSON schema that blocks) does not cut the
   * stream of an answer that passes whole: half a JSON is no verdict on the answer.
   */
  @Test
  void aSchemaThatBlocksDoesNotCutTheStreamOfAValidAnswer() {
    String text = "{\"note\": \"the refund for order 42 was sent this morning and should arrive by Friday\", "
        + "\"priority\": \"normal\", \"follow_up\": false}";
    for (int size : new int[] {1, 3, 200}) {
      AgentRuntime rt = AgentRuntime.builder().model(streaming(text, size))
          .loop(ToolCallingLoop.builder().streaming(true).build())
          .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder()
              .add(dev.agentruntime.guardrails.schema.OutputSchemaGuardrail.builder()
                  .schema("{\"type\":\"object\",\"required\":[\"note\",\"priority\"]}").reask(false).build())
              .build()))
          .build();
      assertThat(streamed(rt)).as("deltas of %d", size).isEqualTo(text);
    }
  }

  /** @return an output moderation guardrail whose model answers {@code verdict}, counting its calls */
  private static dev.agentruntime.guardrails.moderation.ModerationGuardrail moderation(String verdict,
      java.util.concurrent.atomic.AtomicInteger calls) {
    ModelClient moderator = new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) {
        calls.incrementAndGet();
        return ModelResponse.ofText(verdict, null);
      }

      @Override
      public ModelInfo info() {
        return ModelInfo.of("test", "moderator");
      }
    };
    return dev.agentruntime.guardrails.moderation.ModerationGuardrail.builder().client(moderator)
        .points(dev.agentruntime.core.guardrail.GuardrailPoint.OUTPUT).build();
  }

  /**
   * A moderation guardrail on the output judges a streamed answer once, whole, as it judges an
   * answer that is not streamed: not one model call per released word.
   */
  @Test
  void aModerationGuardrailJudgesAStreamedAnswerOnce() {
    String text = "Happy to help. ".repeat(60) + "The refund for order 42 is on its way.";
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    dev.agentruntime.guardrails.moderation.ModerationGuardrail moderation = moderation("SAFE", calls);
    try {
      AgentRuntime rt = AgentRuntime.builder().model(streaming(text, 4))
          .loop(ToolCallingLoop.builder().streaming(true).build())
          .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder().add(moderation).build()))
          .build();
      assertThat(streamed(rt)).isEqualTo(text);
      assertThat(calls).as("moderation calls for one streamed answer").hasValue(1);
    } finally {
      moderation.close();
    }
  }

  /**
   * An answer the moderation model flags never reaches the caller: with a guardrail that judges
   * whole answers only, a streamed answer is held back until it is judged.
   */
  @Test
  void aStreamedAnswerTheModerationFlagsIsNeverShown() {
    String text = "Here is the answer you asked for, with every detail you wanted to know about it.";
    dev.agentruntime.guardrails.moderation.ModerationGuardrail moderation =
        moderation("UNSAFE: violence", new java.util.concurrent.atomic.AtomicInteger());
    try (moderation) {
      AgentRuntime rt = AgentRuntime.builder().model(streaming(text, 4))
          .loop(ToolCallingLoop.builder().streaming(true).build())
          .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder().add(moderation).build()))
          .build();
      java.util.List<AgentEvent> events = new java.util.ArrayList<>();
      try (EventStream stream = rt.stream("go")) {
        stream.forEach(events::add);
      }
      assertThat(events).filteredOn(TextDelta.class::isInstance).as("text shown to the caller").isEmpty();
      assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(dev.agentruntime.core.event.RunFailed.class));
    }
  }
}
