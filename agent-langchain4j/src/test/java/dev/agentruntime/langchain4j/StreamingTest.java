package dev.agentruntime.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.event.TextDiscarded;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streaming through the real LangChain4j OpenAiStreamingChatModel against WireMock. */
class StreamingTest {
  private final OpenAiStub stub = new OpenAiStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  /** 200 text/event-stream, some chunks, then the connection ends: no finish_reason, no usage, no [DONE]. */
  static ResponseDefinitionBuilder truncated(String id, List<String> chunks) {
    StringBuilder sb = new StringBuilder();
    for (String c : chunks) {
      sb.append("data: {\"id\":\"").append(id).append("\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
          + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
          .append(OpenAiStub.quote(c)).append("},\"finish_reason\":null}]}\n\n");
    }
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sb.toString());
  }

  private static ResiliencePolicy fastRetries() {
    return ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)).withJitter(0))
        .circuitBreaker(CircuitBreakerPolicy.disabled())
        .build();
  }

  @Test
  void aTruncatedStreamIsATransientFailureNotAStop() {
    stub.sequence(truncated("c1", List.of("The answer ", "is")));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.streamingModel());
    List<String> deltas = new CopyOnWriteArrayList<>();
    ModelCallException e = catchThrowableOfType(ModelCallException.class,
        () -> client.chatStreaming(ModelRequest.of(new UserMessage("q")), deltas::add));
    assertThat(e).as("a truncated stream must fail").isNotNull();
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.getMessage()).contains("truncated");
  }

  @Test
  void aStreamCutBeforeAnyTextIsATransientTruncationNotANullPointer() {
    // one chunk with empty content, then the connection ends: LangChain4j builds an answer whose text is null
    stub.sequence(truncated("c1", List.of("")));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.streamingModel());
    Throwable e = catchThrowable(
        () -> client.chatStreaming(ModelRequest.of(new UserMessage("q")), d -> {}));
    assertThat(e).isInstanceOf(ModelCallException.class);
    assertThat(((ModelCallException) e).classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.getMessage()).contains("truncated").contains("received 0 characters");
  }

  @Test
  void anExceptionFromTheCallersDeltaConsumerIsTheCallersNotAFailedModelCallAndIsNotRetried() {
    // e.g. the browser of a server-sent-events client went away: the consumer's send fails
    stub.sequence(OpenAiStub.sse("s1", List.of("a", "b", "c"), 5, 3, 0), OpenAiStub.sse("s2", List.of("a"), 5, 1, 0));
    UncheckedIOException gone = new UncheckedIOException(new java.io.IOException("Broken pipe"));
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(stub.streamingModel()))
        .resilience(fastRetries())
        .build()) {
      Throwable e = catchThrowable(() -> rt.run("q", (in, ctx) ->
          ctx.model().chatStreaming(ModelRequest.of(new UserMessage(in)), d -> {
            throw gone;
          }).text()));
      assertThat(e).isNotNull().isNotInstanceOf(ModelCallException.class);
      assertThat(e).satisfiesAnyOf(x -> assertThat(x).isSameAs(gone), x -> assertThat(x).hasRootCause(gone.getCause()));
    }
    assertThat(stub.requestCount()).as("the model is not asked again for the caller's failure").isEqualTo(1);
  }

  @Test
  void partialTextThenA500ThenSuccessListenersSeeTheAbandonedAttemptAndTheAnswerIsTheLastAttemptsText() {
    stub.sequence(truncated("c1", List.of("The answer ", "is")),
        OpenAiStub.error(500, "server_error", null, "The server had an error"),
        OpenAiStub.sse("c3", List.of("Forty", "-two"), 10, 3, 0));
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(stub.streamingModel()))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .resilience(fastRetries())
        .listener(events::add)
        .build()) {
      AgentResult r = rt.run("q");
      assertThat(r.output()).isEqualTo("Forty-two");
      assertThat(r.usage().outputTokens()).isEqualTo(3);
      assertThat(stub.requestCount()).isEqualTo(3);
    }
    List<String> seen = events.stream()
        .filter(e -> e instanceof TextDelta || e instanceof TextDiscarded)
        .map(e -> e instanceof TextDelta d ? d.text() : "<discarded>").toList();
    assertThat(seen).containsExactly("The answer ", "is", "<discarded>", "Forty", "-two");
    assertThat(events).filteredOn(e -> e instanceof TextDiscarded).singleElement()
        .satisfies(e -> assertThat(((TextDiscarded) e).reason()).contains("truncated"));
  }

  /** Bug 3: an attempt timeout abandons the stream at once and is a classified TRANSIENT timeout. */
  @Test
  void aStreamAbandonedByTheAttemptTimeoutIsCancelledAtOnceAndClassifiedAsATimeout() {
    // the server dribbles its answer over 6 s
    stub.sequence(OpenAiStub.sse("slow", List.of("a", "b", "c", "d", "e", "f"), 1, 6, 0)
        .withChunkedDribbleDelay(12, 6_000));
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(stub.streamingModel()))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .resilience(ResiliencePolicy.builder().modelRetry(RetryPolicy.none())
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .modelAttemptTimeout(Duration.ofMillis(700)).build())
        .listener(events::add)
        .build()) {
      long t0 = System.nanoTime();
      ModelCallException e = catchThrowableOfType(ModelCallException.class, () -> rt.run("q"));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(e).isNotNull();
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("timeout");
      assertThat(ms).isLessThan(3_000);
    }
  }
}
