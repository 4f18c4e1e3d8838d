package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.model.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JtokkitTokenEstimatorTest {

  private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private static final String QUESTION = "Has my order 1043 been delivered? It was due on Friday.";
  private static final String ARGS = "{\"orderId\":\"1043\"}";
  private static final String RESULT = "Order 1043: shipped on 2026-11-20, delivered on 2026-11-22 to the front desk.";
  private static final ToolSpec TOOL = new ToolSpec("lookup_order", "Looks up an order by its id",
      "{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\"}}}");

  /** A conversation as an adapter builds it for every call: new message objects, equal values. */
  private static ModelRequest conversation(String callId) {
    List<ChatMessage> msgs = List.of(
        new UserMessage(new String(QUESTION)),
        new AssistantMessage("", List.of(ToolCall.of(callId, "lookup_order", new String(ARGS)))),
        new ToolResultMessage(callId, "lookup_order", new String(RESULT), false));
    return ModelRequest.builder().messages(msgs).tools(List.of(TOOL)).build();
  }

  private static long expected(Encoding e) {
    long messages = 3 * 4 + e.countTokensOrdinary(QUESTION)
        + 3 + e.countTokensOrdinary("lookup_order") + e.countTokensOrdinary(ARGS)
        + e.countTokensOrdinary(RESULT) + e.countTokensOrdinary("lookup_order");
    long tools = 8 + e.countTokensOrdinary(TOOL.name()) + e.countTokensOrdinary(TOOL.description())
        + e.countTokensOrdinary(TOOL.parametersSchema());
    return 3 + messages + tools;
  }

  @Test
  void countsMessagesToolCallsAndToolsWithTheModelsEncoding() {
    JtokkitTokenEstimator est = new JtokkitTokenEstimator();
    assertThat(expected(O200K)).isNotEqualTo(expected(CL100K) + 1); // sanity: both computed
    assertThat(est.estimateInputTokens(conversation("c1"), "gpt-4o-mini")).isEqualTo(expected(O200K));
    assertThat(est.estimateInputTokens(conversation("c1"), "openai/gpt-4.1")).isEqualTo(expected(O200K));
    assertThat(est.estimateInputTokens(conversation("c1"), "claude-sonnet-4-5")).isEqualTo(expected(CL100K));
  }

  @Test
  void rebuiltEqualMessagesGiveTheSameCountsAsFreshOnes() {
    JtokkitTokenEstimator est = new JtokkitTokenEstimator();
    for (int i = 0; i < 50; i++) {
      assertThat(est.estimateInputTokens(conversation("call_" + (i % 3)), "gpt-4o")).isEqualTo(expected(O200K));
    }
    // a message whose text changed is counted again, not served from the cache
    ModelRequest changed = ModelRequest.builder()
        .messages(List.of(new UserMessage(QUESTION + " Please hurry, it is a gift for my daughter.")))
        .build();
    assertThat(est.estimateInputTokens(changed, "gpt-4o"))
        .isEqualTo(3 + 4 + O200K.countTokensOrdinary(QUESTION + " Please hurry, it is a gift for my daughter."));
  }

  @Test
  void safetyFactorAndCallerEstimateAreApplied() {
    assertThat(new JtokkitTokenEstimator(1.5).estimateInputTokens(conversation("c"), "gpt-4o"))
        .isEqualTo((long) Math.ceil(expected(O200K) * 1.5));
    ModelRequest given = ModelRequest.builder().messages(List.of(new UserMessage("x")))
        .metadata(Map.of(JtokkitTokenEstimator.ESTIMATE_METADATA_KEY, 1234)).build();
    assertThat(new JtokkitTokenEstimator().estimateInputTokens(given, "gpt-4o")).isEqualTo(1234);
    assertThatThrownBy(() -> new JtokkitTokenEstimator(0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("safetyFactor");
  }

  @Test
  void aMessageLargerThanTheCacheIsStillCounted() {
    String huge = "lorem ipsum dolor sit amet ".repeat(200_000); // 5.4 M chars, above the cache bound
    ModelRequest r = ModelRequest.builder().messages(List.of(new UserMessage(huge))).build();
    JtokkitTokenEstimator est = new JtokkitTokenEstimator();
    long n = est.estimateInputTokens(r, "gpt-4o");
    assertThat(n).isEqualTo(3 + 4 + O200K.countTokensOrdinary(huge));
    assertThat(est.estimateInputTokens(r, "gpt-4o")).isEqualTo(n);
  }

  @Test
  void concurrentCallersAgree() throws Exception {
    JtokkitTokenEstimator est = new JtokkitTokenEstimator();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Long>> tasks = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String id = "c" + (i % 7);
        String model = i % 2 == 0 ? "gpt-4o" : "claude-haiku-4-5";
        tasks.add(() -> est.estimateInputTokens(conversation(id), model));
      }
      List<Future<Long>> results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expected(O200K) : expected(CL100K));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
