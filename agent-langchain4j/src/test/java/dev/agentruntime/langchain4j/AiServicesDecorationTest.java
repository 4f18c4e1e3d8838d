package dev.agentruntime.langchain4j;

import static dev.agentruntime.langchain4j.OpenAiStub.error;
import static dev.agentruntime.langchain4j.OpenAiStub.sse;
import static dev.agentruntime.langchain4j.OpenAiStub.text;
import static dev.agentruntime.langchain4j.OpenAiStub.toolCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.ToolCallStarted;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.tool.ToolResult;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An unchanged AiServices agent, put under the runtime by wrapping only its model and tools. */
class AiServicesDecorationTest {
  private final OpenAiStub stub = new OpenAiStub();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stop() {
    stub.close();
  }

  interface Assistant {
    String chat(String message);
  }

  interface StreamingAssistant {
    TokenStream chat(String message);
  }

  static final class SupportTools {
    final AtomicInteger tickets = new AtomicInteger();

    @Tool("Looks up the status of an order")
    String lookupOrder(@P("the order number") String orderId) {
      return "order " + orderId + ": shipped";
    }

    @Tool("Creates a support ticket")
    @SideEffecting
    String createTicket(@P("summary") String summary) {
      return "ticket T-" + tickets.incrementAndGet() + " created: " + summary;
    }
  }

  /** Counts what passes through the chain. */
  static final class Counting implements AgentInterceptor {
    final AtomicInteger model = new AtomicInteger();
    final List<String> tools = new CopyOnWriteArrayList<>();

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      model.incrementAndGet();
      return chain.proceed(chain.request());
    }

    @Override
    public ToolResult aroundToolCall(ToolChain chain) throws Exception {
      tools.add(chain.call().name());
      return chain.proceed(chain.call());
    }
  }

  private static ResiliencePolicy fastRetry() {
    return ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)).withJitter(0))
        .circuitBreaker(CircuitBreakerPolicy.disabled())
        .build();
  }

  @Test
  void aiServicesAgentWithToolsAndMemoryIsRecordedAsOneRun() throws Exception {
    stub.sequence(
        toolCall("c1", "call_1", "lookupOrder", "{\"orderId\":\"42\"}", 100, 10),
        toolCall("c2", "call_2", "createTicket", "{\"summary\":\"late order 42\"}", 140, 10),
        text("c3", "Order 42 shipped; ticket T-1 opened.", 180, 12, 64),
        text("c4", "You asked about order 42.", 220, 8, 128));
    Counting counting = new Counting();
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    SupportTools tools = new SupportTools();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .interceptor(counting)
        .listener(events::add)
        .resilience(fastRetry())
        .build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(stub.chatModel()))
          .tools(lc.tools(tools))
          .chatMemory(MessageWindowChatMemory.withMaxMessages(20))
          .build();

      AgentResult first = runtime.run("Where is order 42? Open a ticket.", (in, ctx) -> assistant.chat(in));

      assertThat(first.output()).isEqualTo("Order 42 shipped; ticket T-1 opened.");
      assertThat(first.modelCalls()).hasSize(3);
      assertThat(first.toolCalls()).extracting(c -> c.call().name()).containsExactly("lookupOrder", "createTicket");
      assertThat(first.toolCalls().get(1).result().content()).isEqualTo("ticket T-1 created: late order 42");
      assertThat(first.usage()).isEqualTo(new TokenUsage(420, 32, 64, 0, 0));
      assertThat(counting.model).hasValue(3);
      assertThat(counting.tools).containsExactly("lookupOrder", "createTicket");
      assertThat(events).filteredOn(e -> e instanceof ToolCallStarted)
          .allMatch(e -> e.runId().equals(first.runId())).hasSize(2);

      // the agent's own memory still works: the next run's request carries the first exchange
      AgentResult second = runtime.run("What did I ask?", (in, ctx) -> assistant.chat(in));
      assertThat(second.output()).isEqualTo("You asked about order 42.");
      assertThat(second.modelCalls()).hasSize(1);
    }
    JsonNode last = json.readTree(stub.requestBodies().get(3));
    assertThat(last.path("messages").toString()).contains("Where is order 42?").contains("ticket T-1 created");
    JsonNode firstReq = json.readTree(stub.requestBodies().get(0));
    assertThat(firstReq.path("tools")).hasSize(2);
    assertThat(tools.tickets).hasValue(1);
  }

  @Test
  void runtimeRetriesTheAgentsModelCallsAfterA500() {
    stub.sequence(error(500, "server_error", null, "boom"), text("c1", "fine", 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder().resilience(fastRetry()).build()) {
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(LangChain4jRuntime.of(runtime).decorate(stub.chatModel()))
          .build();
      AgentResult r = runtime.run("hi", (in, ctx) -> assistant.chat(in));
      assertThat(r.output()).isEqualTo("fine");
    }
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void stepLimitsStopTheAgentsOwnToolLoop() {
    stub.sequence(toolCall("c", "call_x", "lookupOrder", "{\"orderId\":\"1\"}", 5, 1)); // loops forever
    try (AgentRuntime runtime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxModelCalls(3).build())
        .resilience(ResiliencePolicy.none())
        .build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(stub.chatModel()))
          .tools(lc.tools(new SupportTools()))
          .build();
      assertThatThrownBy(() -> runtime.run("loop", (in, ctx) -> assistant.chat(in)))
          .isInstanceOf(LimitExceededException.class);
    }
    assertThat(stub.requestCount()).isEqualTo(3);
  }

  /** Bug 5: a limit hit under a loop we do not own ends the run as documented. */
  @Test
  void aToolCallLimitUnderAiServicesFailsTheRunNamingTheLimit() {
    stub.sequence(
        toolCall("c1", "call_1", "lookupOrder", "{\"orderId\":\"1\"}", 5, 1),
        toolCall("c2", "call_2", "lookupOrder", "{\"orderId\":\"2\"}", 5, 1),
        text("c3", "done", 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxToolCalls(1).build())
        .resilience(ResiliencePolicy.none())
        .build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(stub.chatModel()))
          .tools(lc.tools(new SupportTools()))
          .build();
      assertThatThrownBy(() -> runtime.run("look up two orders", (in, ctx) -> assistant.chat(in)))
          .isInstanceOfSatisfying(LimitExceededException.class,
              e -> assertThat(e.limit()).isEqualTo(dev.agentruntime.core.limits.Limit.MAX_TOOL_CALLS));
    }
  }

  @Test
  void aGracefulToolCallLimitUnderAiServicesEndsTheRunAsLimitReached() {
    stub.sequence(
        toolCall("c1", "call_1", "lookupOrder", "{\"orderId\":\"1\"}", 5, 1),
        toolCall("c2", "call_2", "lookupOrder", "{\"orderId\":\"2\"}", 5, 1),
        text("c3", "order 1 shipped; could not check order 2", 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder()
        .limits(RunLimits.builder().maxToolCalls(1)
            .onLimit(dev.agentruntime.core.limits.Limit.MAX_TOOL_CALLS,
                dev.agentruntime.core.limits.LimitReaction.STOP_GRACEFULLY).build())
        .resilience(ResiliencePolicy.none())
        .build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(stub.chatModel()))
          .tools(lc.tools(new SupportTools()))
          .build();
      AgentResult r = runtime.run("look up two orders", (in, ctx) -> assistant.chat(in));
      assertThat(r.stopReason()).isEqualTo(dev.agentruntime.core.StopReason.LIMIT_REACHED);
      assertThat(r.limitReached()).contains(dev.agentruntime.core.limits.Limit.MAX_TOOL_CALLS);
      assertThat(r.output()).isEqualTo("order 1 shipped; could not check order 2");
    }
  }

  /** Bug 6: the provider library's own exception types survive decoration. */
  @Test
  void aDecoratedModelThrowsLangChain4jsOwnExceptionTypes() {
    stub.sequence(error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"));
    try (AgentRuntime runtime = AgentRuntime.builder().resilience(ResiliencePolicy.none()).build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class).chatModel(lc.decorate(stub.chatModel())).build();
      // outside a run
      assertThatThrownBy(() -> assistant.chat("hi"))
          .isInstanceOf(dev.langchain4j.exception.AuthenticationException.class);
      // inside a run, where the user's loop catches it
      AgentResult r = runtime.run("hi", (in, ctx) -> {
        try {
          return assistant.chat(in);
        } catch (dev.langchain4j.exception.AuthenticationException e) {
          return "caught " + e.getClass().getSimpleName();
        }
      });
      assertThat(r.output()).isEqualTo("caught AuthenticationException");
      // streaming
      StreamingAssistant streaming = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(lc.decorate(stub.streamingModel())).build();
      java.util.concurrent.CompletableFuture<Throwable> failure = new java.util.concurrent.CompletableFuture<>();
      streaming.chat("hi").onPartialResponse(t -> {}).onCompleteResponse(c -> failure.complete(null))
          .onError(failure::complete).start();
      assertThat(failure).succeedsWithin(Duration.ofSeconds(10))
          .isInstanceOf(dev.langchain4j.exception.AuthenticationException.class);
    }
  }

  /** Redacts a secret before the model sees it and rewrites the answer after. */
  static final class Rewriting implements AgentInterceptor {
    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      List<ChatMessage> msgs = new ArrayList<>();
      for (ChatMessage m : chain.request().messages()) {
        msgs.add(m instanceof UserMessage u ? new UserMessage(u.text().replace("4111-1111", "[CARD]")) : m);
      }
      ModelResponse r = chain.proceed(chain.request().withMessages(msgs));
      return r.withMessage(AssistantMessage.of(r.text().toUpperCase()));
    }
  }

  @Test
  void interceptorsRewriteWhatTheAgentSendsAndReceives() throws Exception {
    stub.sequence(text("c1", "noted", 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder().interceptor(new Rewriting()).build()) {
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(LangChain4jRuntime.of(runtime).decorate(stub.chatModel()))
          .build();
      AgentResult r = runtime.run("card 4111-1111 please", (in, ctx) -> assistant.chat(in));
      assertThat(r.output()).isEqualTo("NOTED");
    }
    String sent = stub.requestBodies().get(0);
    assertThat(sent).contains("[CARD]").doesNotContain("4111-1111");
  }

  @Test
  void decoratedModelOutsideAnyRunStillWorks() {
    stub.sequence(text("c1", "standalone", 5, 1, 0));
    Counting counting = new Counting();
    try (AgentRuntime runtime = AgentRuntime.builder().interceptor(counting).build()) {
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(LangChain4jRuntime.of(runtime).decorate(stub.chatModel()))
          .build();
      assertThat(assistant.chat("hi")).isEqualTo("standalone");
    }
    assertThat(counting.model).hasValue(1);
  }

  @Test
  void decoratedStreamingAgentStreamsThroughTheRun() throws Exception {
    stub.sequence(sse("s1", List.of("Str", "eam", "ed"), 9, 3, 0));
    List<String> deltas = new CopyOnWriteArrayList<>();
    try (AgentRuntime runtime = AgentRuntime.builder()
        .listener(e -> {
          if (e instanceof dev.agentruntime.core.event.TextDelta d) {
            deltas.add(d.text());
          }
        })
        .build()) {
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(LangChain4jRuntime.of(runtime).decorate(stub.streamingModel()))
          .build();
      AgentResult r = runtime.run("go", (in, ctx) -> {
        CompletableFuture<String> done = new CompletableFuture<>();
        assistant.chat(in)
            .onPartialResponse(p -> {})
            .onCompleteResponse(c -> done.complete(c.aiMessage().text()))
            .onError(done::completeExceptionally)
            .start();
        return done.get(10, TimeUnit.SECONDS);
      });
      assertThat(r.output()).isEqualTo("Streamed");
      assertThat(r.usage().inputTokens()).isEqualTo(9);
    }
    assertThat(deltas).containsExactly("Str", "eam", "ed");
  }

  @Test
  void aStreamingAgentThatRunsToolsConcurrentlyRunsThemUnderTheDecoratedModel() throws Exception {
    // LangChain4j starts concurrent tools from onCompleteToolCall, which a streaming model must call
    stub.sequence(OpenAiStub.sseToolCall("s1", "call_1", "createTicket", "{\"summary\":\"broken zip\"}", 5, 1),
        sse("s2", List.of("Ticket ", "created"), 9, 2, 0));
    SupportTools tools = new SupportTools();
    try (AgentRuntime runtime = AgentRuntime.builder().build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(lc.decorate(stub.streamingModel()))
          .tools(lc.tools(tools))
          .executeToolsConcurrently()
          .build();
      AgentResult r = runtime.run("open a ticket", (in, ctx) -> {
        CompletableFuture<String> done = new CompletableFuture<>();
        assistant.chat(in).onPartialResponse(p -> {})
            .onCompleteResponse(c -> done.complete(c.aiMessage().text()))
            .onError(done::completeExceptionally)
            .start();
        return done.get(10, TimeUnit.SECONDS);
      });
      assertThat(r.output()).isEqualTo("Ticket created");
      // LangChain4j ran it on its own pool: still a call of this run
      assertThat(r.toolCalls()).extracting(c -> c.call().name()).containsExactly("createTicket");
    }
    assertThat(tools.tickets).hasValue(1);
    assertThat(stub.requestBodies()).hasSize(2);
    assertThat(stub.requestBodies().get(1)).contains("\"tool_call_id\"").contains("ticket T-1 created: broken zip");
  }

  @Test
  void aStreamingAgentStoppedThroughItsStreamingHandleStopsQuietlyAsWithTheUndecoratedModel() throws Exception {
    // a "stop generating" button: LangChain4j's own models stop the stream, and call neither handler
    stub.sequence(sse("s1", List.of("one ", "two ", "three ", "four"), 5, 4, 0));
    List<String> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Object> ended = new CompletableFuture<>();
    // even a policy that retries failures it cannot classify does not ask the model again
    try (AgentRuntime runtime = AgentRuntime.builder().resilience(ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)).withJitter(0)
            .withRetryUnknown(true))
        .circuitBreaker(CircuitBreakerPolicy.disabled()).build()).build()) {
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(LangChain4jRuntime.of(runtime).decorate(stub.streamingModel()))
          .build();
      assistant.chat("hi")
          .onPartialResponseWithContext((partial, context) -> {
            seen.add(partial.text());
            context.streamingHandle().cancel();
          })
          .onCompleteResponse(ended::complete)
          .onError(ended::complete)
          .start(); // the decorated model answers on the calling thread: the call is over here
    }
    assertThat(seen).containsExactly("one ");
    assertThat(ended).as("neither onCompleteResponse nor onError after a cancel").isNotDone();
    assertThat(stub.requestCount()).as("a stop is no model failure to retry").isEqualTo(1);
  }

  @Test
  void streamsStoppedThroughTheirHandleAreNoFailuresOfTheModel() throws Exception {
    // a user pressing "stop generating" twice is no sign of a failing provider: the circuit that
    // opens after two failures of two calls stays closed, and the next question is answered
    stub.sequence(sse("s1", List.of("one ", "two"), 5, 2, 0), sse("s2", List.of("uno ", "dos"), 5, 2, 0),
        sse("s3", List.of("answer"), 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder().resilience(ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.none()).circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(2, 2, 50)
            .withWaitDurationInOpenState(Duration.ofMinutes(5))).build()).build()) {
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(LangChain4jRuntime.of(runtime).decorate(stub.streamingModel()))
          .build();
      for (int i = 0; i < 2; i++) {
        assistant.chat("hi " + i)
            .onPartialResponseWithContext((partial, context) -> context.streamingHandle().cancel())
            .onCompleteResponse(r -> { })
            .onError(e -> { })
            .start();
      }
      CompletableFuture<Object> answered = new CompletableFuture<>();
      assistant.chat("question").onPartialResponse(p -> { })
          .onCompleteResponse(c -> answered.complete(c.aiMessage().text()))
          .onError(answered::complete)
          .start();
      assertThat(answered.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
    }
    assertThat(stub.requestCount()).isEqualTo(3);
  }

  /** Streams through a decorated model under retries; returns the answer, or the error the handler got. */
  private Object streamWithRetries(StringBuilder partials) throws Exception {
    CompletableFuture<Object> ended = new CompletableFuture<>();
    try (AgentRuntime runtime = AgentRuntime.builder().resilience(fastRetry()).build()) {
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(LangChain4jRuntime.of(runtime).decorate(stub.streamingModel()))
          .build();
      assistant.chat("q").onPartialResponse(partials::append)
          .onCompleteResponse(c -> ended.complete(c.aiMessage().text()))
          .onError(ended::complete)
          .start();
    }
    return ended.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aStreamThatBreaksOffAfterTheHandlerGotTextIsNotRetriedIntoAConcatenatedAnswer() throws Exception {
    // the first stream breaks off after some text; a retry would append its answer to that text
    stub.sequence(StreamingTest.truncated("c1", List.of("The answer ", "is")),
        sse("c2", List.of("Forty", "-two"), 10, 3, 0));
    StringBuilder partials = new StringBuilder();
    Object end = streamWithRetries(partials);
    assertThat(partials.toString()).isEqualTo("The answer is");
    assertThat(end).isInstanceOf(dev.langchain4j.exception.LangChain4jException.class);
    assertThat(((Throwable) end).getMessage()).contains("not retried").contains("truncated");
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aStreamThatFailsBeforeAnyTextIsStillRetried() throws Exception {
    stub.sequence(error(500, "server_error", null, "The server had an error"),
        sse("c2", List.of("Forty", "-two"), 10, 3, 0));
    StringBuilder partials = new StringBuilder();
    assertThat(streamWithRetries(partials)).isEqualTo("Forty-two");
    assertThat(partials.toString()).isEqualTo("Forty-two");
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void anErrorWhileTheAgentTakesTheFinishedAnswerReachesOnErrorAsWithTheUndecoratedModel() throws Exception {
    stub.sequence(sse("s1", List.of("fine"), 5, 1, 0));
    try (AgentRuntime runtime = AgentRuntime.builder().build()) {
      StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
          .streamingChatModel(LangChain4jRuntime.of(runtime).decorate(stub.streamingModel()))
          .build();
      CompletableFuture<Throwable> failure = new CompletableFuture<>();
      assistant.chat("hi").onPartialResponse(p -> {})
          .onCompleteResponse(c -> {
            throw new IllegalStateException("the completion handler failed");
          })
          .onError(failure::complete)
          .start(); // must not throw: LangChain4j's own models hand such errors to onError
      assertThat(failure).succeedsWithin(Duration.ofSeconds(10))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void sideEffectingToolRunsOnceForARepeatedCallId() throws Exception {
    // the model repeats the same call id: the ticket is created once, the stored result returned
    stub.sequence(
        toolCall("c1", "call_same", "createTicket", "{\"summary\":\"x\"}", 5, 1),
        toolCall("c2", "call_same", "createTicket", "{\"summary\":\"x\"}", 5, 1),
        text("c3", "done", 5, 1, 0));
    SupportTools tools = new SupportTools();
    try (AgentRuntime runtime = AgentRuntime.builder().build()) {
      LangChain4jRuntime lc = LangChain4jRuntime.of(runtime);
      Assistant assistant = AiServices.builder(Assistant.class)
          .chatModel(lc.decorate(stub.chatModel()))
          .tools(lc.tools(tools))
          .build();
      AgentResult r = runtime.run("ticket", RunOptions.defaults(), (in, ctx) -> assistant.chat(in));
      assertThat(r.toolCalls()).hasSize(2);
      assertThat(r.toolCalls()).allMatch(c -> c.result().content().equals("ticket T-1 created: x"));
    }
    assertThat(tools.tickets).hasValue(1);
  }
}
