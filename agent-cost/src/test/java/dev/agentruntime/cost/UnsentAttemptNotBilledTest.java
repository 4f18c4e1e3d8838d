package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.ledger.CostRecord;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An attempt whose connection timed out never reached the provider: it is not billed, although an
 * adapter classifies the failure as a {@code timeout} (as LangChain4jErrors does), streaming or not.
 */
class UnsentAttemptNotBilledTest {

  private final ScriptedModelClient model = ScriptedModelClient.builder()
      .info(ModelInfo.of("openai", "gpt-4o-mini"))
      .mode(ScriptedModelClient.Mode.SEQUENCE)
      .thenFail(() -> new ModelCallException(null, "gpt-4o-mini", "model call timed out: connect timed out",
          new HttpConnectTimeoutException("HTTP connect timed out"), ErrorClassification.TRANSIENT, -1, null,
          "timeout"))
      .thenAnswer(r -> new ModelResponse(AssistantMessage.of("ok"), TokenUsage.of(1_000, 500), FinishReason.STOP,
          null, "gpt-4o-mini", null))
      .build();
  private final List<CostRecord> records = new CopyOnWriteArrayList<>();
  private final CostTracker tracker = CostTracker.builder().listener(new CostListener() {
    @Override
    public void onCallPriced(CostRecord record) {
      records.add(record);
    }
  }).build();

  private void check(boolean streaming) {
    ModelRequest request = Fixtures.request("hello", 500);
    try (AgentRuntime rt = Fixtures.runtimeWithRetries(model, tracker)) {
      AgentResult r = rt.run("go", RunOptions.builder().build(), (in, ctx) -> streaming
          ? ctx.model().chatStreaming(request, d -> { }).text()
          : ctx.model().chat(request).text());
      assertThat(r.output()).isEqualTo("ok");
      assertThat(model.calls()).isEqualTo(2);
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow())
          .isEqualByComparingTo(tracker.price("openai", "gpt-4o-mini", TokenUsage.of(1_000, 500)));
    }
    assertThat(records).as("only the attempt that reached the provider").singleElement()
        .satisfies(rec -> assertThat(rec.estimated()).isFalse());
  }

  @Test
  void aStreamingAttemptThatNeverConnectedIsNotBilled() {
    check(true);
  }

  @Test
  void aNonStreamingAttemptThatNeverConnectedIsNotBilled() {
    check(false);
  }
}
