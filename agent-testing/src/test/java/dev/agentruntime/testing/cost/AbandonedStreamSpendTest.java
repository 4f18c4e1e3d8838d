package dev.agentruntime.testing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunHandle;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.event.TextDelta;
import dev.agentruntime.core.event.TextDiscarded;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.cost.CostListener;
import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.JtokkitTokenEstimator;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.testing.openai.OpenAiMockServer;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A streaming call we abandon (attempt timeout, maxDuration, cancel) is billed by the provider:
 * its spend is estimated, recorded once as estimated, added to the run and to the budgets. The real
 * LangChain4j OpenAiStreamingChatModel against a WireMock server dribbling its answer.
 */
class AbandonedStreamSpendTest {
  private static final String MODEL = "gpt-4o-mini";
  private static final List<String> LONG_ANSWER =
      IntStream.range(0, 30).mapToObj(i -> "word" + i + " ").toList();

  private final OpenAiMockServer server = OpenAiMockServer.start();
  private final List<CostRecord> priced = new CopyOnWriteArrayList<>();
  private final List<AgentEvent> events = new CopyOnWriteArrayList<>();
  private final CostTracker tracker = CostTracker.builder()
      .budget(Budget.perUser(BudgetWindow.DAY, "5.00").named("user-daily"))
      .listener(new CostListener() {
        @Override
        public void onCallPriced(CostRecord record) {
          priced.add(record);
        }
      })
      .build();

  /** A cold JVM takes seconds to load the HTTP client and the SSE parsing: not what is measured here. */
  @BeforeAll
  static void warmUp() throws Exception {
    try (OpenAiMockServer warm = OpenAiMockServer.start()) {
      warm.thenStream(List.of("warm"));
      LangChain4jModelClient.of(OpenAiStreamingChatModel.builder().baseUrl(warm.baseUrl()).apiKey("test")
          .modelName(MODEL).build())
          .chatStreaming(dev.agentruntime.core.model.ModelRequest.of(new dev.agentruntime.core.model.UserMessage("hi")),
              d -> {});
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private AgentRuntime runtime(ResiliencePolicy resilience, RunLimits limits) {
    OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test")
        .modelName(MODEL).timeout(Duration.ofSeconds(30)).build();
    return AgentRuntime.builder()
        .model(LangChain4jModelClient.of(model))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .resilience(resilience)
        .limits(limits)
        .interceptor(tracker) // once: its per-attempt companion comes with it
        .listener(events::add)
        .build();
  }

  private static RunOptions user() {
    return RunOptions.builder().userId("u1").build();
  }

  private List<CostRecord> estimated() {
    return priced.stream().filter(CostRecord::estimated).toList();
  }

  /** The text listeners saw streamed before the (first) discard: what the abandoned attempt sent. */
  private String streamedBeforeDiscard() {
    StringBuilder sb = new StringBuilder();
    for (AgentEvent e : events) {
      if (e instanceof TextDiscarded) {
        return sb.toString();
      }
      if (e instanceof TextDelta d) {
        sb.append(d.text());
      }
    }
    throw new AssertionError("no text was discarded: " + events.stream().map(AgentEvent::type).toList());
  }

  private void assertPricedAtCatalogRates(CostRecord r) {
    assertThat(r.costUsd()).isEqualByComparingTo(tracker.price("openai", MODEL, r.usage()));
  }

  @Test
  void anAttemptCutByItsTimeoutIsBilledAsAnEstimateAndTheRetryAsReported() throws Exception {
    // about one word every 0.4 s: the first attempt has streamed several words when it is cut at 5 s
    server.thenSlowStream(LONG_ANSWER, Duration.ofSeconds(12)).thenStream(List.of("Forty", "-two"));
    try (AgentRuntime rt = runtime(ResiliencePolicy.builder()
            .modelRetry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .withJitter(0))
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .modelAttemptTimeout(Duration.ofSeconds(5)).build(),
        RunLimits.none())) {
      AgentResult result;
      try {
        result = rt.run("Tell me a long story", user());
      } catch (RuntimeException e) {
        throw new AssertionError("run failed after " + server.requestCount() + " request(s); events: "
            + events.stream().map(AgentEvent::type).toList(), e);
      }

      assertThat(result.output()).isEqualTo("Forty-two");
      assertThat(server.requestCount()).isEqualTo(2);
      Thread.sleep(300); // an abandoned attempt's thread ends on its own: it must not record again
      String cut = streamedBeforeDiscard();
      assertThat(cut).as("the first attempt streamed text before its timeout").isNotEmpty();
      assertThat(estimated()).as("the abandoned attempt, recorded once").singleElement().satisfies(r -> {
        assertThat(r.usage().inputTokens()).isPositive();
        assertThat(r.usage().outputTokens()).as("at least the text it streamed before the cut")
            .isGreaterThanOrEqualTo(new JtokkitTokenEstimator().estimateOutputTokens(cut, MODEL)).isPositive();
        assertThat(r.runId()).isEqualTo(result.runId());
        assertThat(r.userId()).isEqualTo("u1");
        assertPricedAtCatalogRates(r);
      });
      assertThat(priced).hasSize(2);
      BigDecimal total = priced.stream().map(CostRecord::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(result.attribute(CostTracker.RUN_COST)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(total));
      // listeners heard of both as they were added: the abandoned attempt's estimate, then the retry's cost
      List<CostIncurred> costs = events.stream().filter(CostIncurred.class::isInstance).map(CostIncurred.class::cast).toList();
      assertThat(costs).extracting(CostIncurred::estimated).containsExactly(true, false);
      assertThat(costs.get(0).costUsd()).isEqualByComparingTo(estimated().get(0).costUsd());
      assertThat(costs.get(1).runCostUsd()).isEqualByComparingTo(total);
      // the budget was charged both (settled in nano-dollars, rounded up)
      assertThat(tracker.spent("user-daily", "u1")).isGreaterThanOrEqualTo(total)
          .isLessThan(total.add(new BigDecimal("0.00000001")));
    }
  }

  /**
   * Telemetry counts what the provider billed: the abandoned attempt's estimate is in the cost
   * metric and in the run span's cost, not only the answering attempt's cost.
   */
  @Test
  void telemetryCountsTheAbandonedAttemptsSpend() throws Exception {
    server.thenSlowStream(LONG_ANSWER, Duration.ofSeconds(12)).thenStream(List.of("Forty", "-two"));
    dev.agentruntime.testing.telemetry.InMemoryTelemetry telemetry =
        dev.agentruntime.testing.telemetry.InMemoryTelemetry.create();
    OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test")
        .modelName(MODEL).timeout(Duration.ofSeconds(30)).build();
    try (telemetry; AgentRuntime rt = AgentRuntime.builder()
        .model(LangChain4jModelClient.of(model))
        .loop(ToolCallingLoop.builder().streaming(true).build())
        .resilience(ResiliencePolicy.builder()
            .modelRetry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .withJitter(0))
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .modelAttemptTimeout(Duration.ofSeconds(5)).build())
        .interceptor(telemetry.interceptor())
        .interceptor(tracker)
        .build()) {
      AgentResult result = rt.run("Tell me a long story", user());
      assertThat(result.output()).isEqualTo("Forty-two");
      Thread.sleep(300);
      assertThat(estimated()).as("the abandoned attempt was priced").hasSize(1);
      BigDecimal total = priced.stream().map(CostRecord::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(telemetry.sum("agent_runtime.cost.usd", io.opentelemetry.api.common.Attributes.empty()))
          .as("the cost metric").isCloseTo(total.doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
      assertThat(telemetry.runs()).singleElement().satisfies(span -> assertThat(span.getAttributes()
              .get(io.opentelemetry.api.common.AttributeKey.doubleKey("agent_runtime.run.cost.usd")))
          .as("the run span's cost").isCloseTo(total.doubleValue(), org.assertj.core.data.Offset.offset(1e-12)));
    }
  }

  @Test
  void aStreamCutByMaxDurationIsBilledAsAnEstimateOnceAndChargedToTheBudget() throws Exception {
    server.thenSlowStream(LONG_ANSWER, Duration.ofSeconds(12));
    try (AgentRuntime rt = runtime(ResiliencePolicy.none(),
        RunLimits.builder().maxDuration(Duration.ofMillis(2_500)).build())) {
      Throwable failure = catchThrowable(() -> rt.run("Tell me a long story", user()));

      assertThat(failure).isInstanceOfSatisfying(LimitExceededException.class,
          e -> assertThat(e.limit()).isEqualTo(Limit.MAX_DURATION));
      Thread.sleep(300);
      assertThat(priced).as("only the estimate: the call never reported usage").singleElement().satisfies(r -> {
        assertThat(r.estimated()).isTrue();
        assertThat(r.usage().inputTokens()).isPositive();
        assertPricedAtCatalogRates(r);
        assertThat(r.costUsd()).isPositive();
      });
      BigDecimal cost = priced.get(0).costUsd();
      assertThat(tracker.spent("user-daily", "u1")).isGreaterThanOrEqualTo(cost)
          .isLessThan(cost.add(new BigDecimal("0.00000001")));
    }
  }

  @Test
  void aCancelledStreamIsBilledForTheTextItHadStreamed() throws Exception {
    server.thenSlowStream(LONG_ANSWER, Duration.ofSeconds(12));
    try (AgentRuntime rt = runtime(ResiliencePolicy.none(), RunLimits.none())) {
      CountDownLatch firstDeltas = new CountDownLatch(2);
      List<String> seen = new ArrayList<>();
      RunHandle handle = rt.start("Tell me a long story", RunOptions.builder().userId("u1")
          .listener(e -> {
            if (e instanceof TextDelta d) {
              synchronized (seen) {
                seen.add(d.text());
              }
              firstDeltas.countDown();
            }
          }).build());
      assertThat(firstDeltas.await(20, TimeUnit.SECONDS)).as("the stream started").isTrue();
      handle.cancel("user left");
      assertThat(catchThrowable(handle::join)).isInstanceOf(RunCancelledException.class);
      Thread.sleep(300);

      String streamed;
      synchronized (seen) {
        streamed = String.join("", seen);
      }
      assertThat(priced).singleElement().satisfies(r -> {
        assertThat(r.estimated()).isTrue();
        assertThat(r.usage().outputTokens())
            .isGreaterThanOrEqualTo(new JtokkitTokenEstimator().estimateOutputTokens(streamed, MODEL))
            .isPositive();
        assertPricedAtCatalogRates(r);
      });
      assertThat(tracker.spent("user-daily", "u1")).isPositive();
    }
  }
}
