package dev.agentruntime.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.agentruntime.langchain4j.OpenAiStub.error;
import static dev.agentruntime.langchain4j.OpenAiStub.json;
import static dev.agentruntime.langchain4j.OpenAiStub.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults from an OpenAI-format server, seen through the real LangChain4j client. */
class OpenAiFaultsTest {
  private static final ModelRequest HI = ModelRequest.of(new UserMessage("hi"));
  private final OpenAiStub stub = new OpenAiStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  private ModelCallException failure(LangChain4jModelClient client) {
    return catchThrowableOfType(ModelCallException.class, () -> client.chat(HI));
  }

  private AgentRuntime runtime(LangChain4jModelClient client, List<RetryScheduled> retries) {
    return AgentRuntime.builder()
        .model(client)
        .resilience(ResiliencePolicy.builder()
            .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)).withJitter(0))
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .build())
        .listener(e -> {
          if (e instanceof RetryScheduled r) {
            retries.add(r);
          }
        })
        .build();
  }

  @Test
  void rateLimitIsTransientWithTheRetryAfterHeader() {
    stub.sequence(error(429, "requests", "rate_limit_exceeded", "Rate limit reached for gpt-4o-mini.")
        .withHeader("Retry-After", "7"));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e.errorType()).isEqualTo("429");
    assertThat(e.getCause()).isInstanceOf(dev.langchain4j.exception.RateLimitException.class);
  }

  @Test
  void rateLimitWaitIsReadFromTheErrorTextWhenNoHeaderIsSent() {
    stub.sequence(error(429, "tokens", "rate_limit_exceeded",
        "Rate limit reached for gpt-4o-mini on tokens per min. Please try again in 1.5s."));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void runtimeRetriesA429AfterTheServersRetryAfterAndSucceeds() {
    stub.sequence(
        error(429, "requests", "rate_limit_exceeded", "slow down").withHeader("retry-after-ms", "40"),
        text("chatcmpl-1", "done", 10, 2, 0));
    List<RetryScheduled> retries = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = runtime(LangChain4jModelClient.of(stub.chatModel()), retries)) {
      AgentResult r = rt.run("hi", (in, ctx) -> ctx.model().chat(HI).text());
      assertThat(r.output()).isEqualTo("done");
    }
    assertThat(stub.requestCount()).isEqualTo(2);
    assertThat(retries).singleElement().satisfies(r -> {
      assertThat(r.delay()).isEqualTo(Duration.ofMillis(40));
      assertThat(r.errorType()).isEqualTo("429");
    });
  }

  @Test
  void exhaustedQuotaIsPermanentAndNotRetried() {
    stub.sequence(error(429, "insufficient_quota", "insufficient_quota",
        "You exceeded your current quota, please check your plan and billing details."));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.PERMANENT);

    List<RetryScheduled> retries = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = runtime(LangChain4jModelClient.of(stub.chatModel()), retries)) {
      assertThatThrownBy(() -> rt.run("hi", (in, ctx) -> ctx.model().chat(HI).text()))
          .isInstanceOf(ModelCallException.class).hasMessageContaining("quota");
    }
    assertThat(retries).isEmpty();
    assertThat(stub.requestCount()).isEqualTo(2); // one direct call, one run: no retry
  }

  @Test
  void serverErrorsAreRetriedUntilTheyPass() {
    stub.sequence(
        error(500, "server_error", null, "The server had an error while processing your request."),
        error(503, "server_error", null, "The engine is currently overloaded."),
        text("chatcmpl-1", "recovered", 10, 2, 0));
    List<RetryScheduled> retries = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = runtime(LangChain4jModelClient.of(stub.chatModel()), retries)) {
      AgentResult r = rt.run("hi", (in, ctx) -> ctx.model().chat(HI).text());
      assertThat(r.output()).isEqualTo("recovered");
    }
    assertThat(retries).extracting(RetryScheduled::errorType).containsExactly("500", "503");
    assertThat(stub.requestCount()).isEqualTo(3);
  }

  @Test
  void a503IsTransientWithItsStatus() {
    stub.sequence(error(503, "server_error", null, "overloaded"));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.statusCode()).isEqualTo(503);
  }

  @Test
  void authenticationAndInvalidRequestErrorsArePermanent() {
    stub.sequence(error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));
    ModelCallException auth = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(auth.classification()).isEqualTo(ErrorClassification.PERMANENT);
    assertThat(auth.statusCode()).isEqualTo(401);
    assertThat(auth.getMessage()).contains("Incorrect API key");

    stub.server.resetAll();
    stub.sequence(error(400, "invalid_request_error", null, "messages: too long"));
    ModelCallException bad = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(bad.classification()).isEqualTo(ErrorClassification.PERMANENT);
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void aSlowResponsePastTheClientTimeoutIsATransientTimeout() {
    stub.sequence(text("chatcmpl-1", "late", 1, 1, 0).withFixedDelay(1500));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel(Duration.ofMillis(250))));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.errorType()).isEqualTo("timeout");
  }

  @Test
  void aDroppedConnectionIsTransientAndRetried() {
    stub.sequence(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        text("chatcmpl-1", "back", 1, 1, 0));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.chatModel());
    ModelCallException e = failure(client);
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.errorType()).isEqualTo("connection_error");

    stub.server.resetAll();
    stub.sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), text("chatcmpl-1", "back", 1, 1, 0));
    List<RetryScheduled> retries = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = runtime(client, retries)) {
      assertThat(rt.run("hi", (in, ctx) -> ctx.model().chat(HI).text()).output()).isEqualTo("back");
    }
    assertThat(retries).extracting(RetryScheduled::errorType).containsExactly("connection_error");
  }

  @Test
  void malformedJsonIsReportedAndNotRetried() {
    stub.sequence(json("{\"id\": \"chatcmpl-1\", \"choices\": [ {oops"));
    ModelCallException e = failure(LangChain4jModelClient.of(stub.chatModel()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
    assertThat(e.errorType()).isEqualTo("invalid_response");
    assertThat(e.getMessage()).contains("could not be parsed");

    List<RetryScheduled> retries = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = runtime(LangChain4jModelClient.of(stub.chatModel()), retries)) {
      assertThatThrownBy(() -> rt.run("hi", (in, ctx) -> ctx.model().chat(HI).text()))
          .isInstanceOf(AgentRuntimeException.class);
    }
    assertThat(retries).isEmpty();
  }

  @Test
  void streamingErrorsAreClassifiedWithRetryAfterToo() {
    stub.sequence(error(429, "requests", "rate_limit_exceeded", "slow down").withHeader("Retry-After", "2"));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.streamingModel());
    ModelCallException e =
        catchThrowableOfType(ModelCallException.class, () -> client.chatStreaming(HI, d -> {}));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void streamingDroppedConnectionIsTransient() {
    stub.sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    LangChain4jModelClient client = LangChain4jModelClient.of(stub.streamingModel());
    ModelCallException e =
        catchThrowableOfType(ModelCallException.class, () -> client.chatStreaming(HI, d -> {}));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
  }

  @Test
  void classifierUnderstandsLangChain4jExceptionsAnywhere() {
    var info = LangChain4jErrors.classifier().classify(
        new dev.langchain4j.exception.RateLimitException(new dev.langchain4j.exception.HttpException(429, "try again in 20ms")));
    assertThat(info.classification()).isEqualTo(ErrorClassification.TRANSIENT);
    assertThat(info.retryAfter()).isEqualTo(Duration.ofMillis(20));
    assertThat(LangChain4jErrors.classifier().classify(new IllegalStateException("x"))).isNull();
    assertThat(LangChain4jErrors.classifier().classify(
        new dev.langchain4j.exception.AuthenticationException("no")).classification())
        .isEqualTo(ErrorClassification.PERMANENT);
  }
}
