package dev.agentruntime.core.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored JSON forms the JDBC and Redis session and checkpoint stores share. */
class StoreJsonTest {

  private static final Instant AT = Instant.parse("2026-12-02T18:00:00.123456Z");
  private static final ToolCall REFUND = new ToolCall("c1", "refund", "{\"order\":42}", null);
  private static final ToolCall NO_ID = new ToolCall(null, "lookup", "{}", "k-7");
  private static final java.util.Map<String, Object> THINKING_ATTRIBUTES = java.util.Map.of(
      "thinking_signature", "sig-1", "redacted_thinking", List.of("opaque-1", "opaque-2"),
      "nested", java.util.Map.of("ok", true, "n", 3));

  @Test
  void aMessagesThinkingAndAttributesAreStoredWithSortedKeysAndBadOnesAreRefused() {
    AssistantMessage m = new AssistantMessage("", List.of(REFUND), "think", THINKING_ATTRIBUTES);
    AssistantMessage reordered = new AssistantMessage("", List.of(REFUND), "think", new java.util.TreeMap<>(
        THINKING_ATTRIBUTES).descendingMap());
    assertThat(StoreJson.message(reordered)).isEqualTo(StoreJson.message(m)).endsWith(
        ",\"thinking\":\"think\",\"attributes\":{\"nested\":{\"n\":3,\"ok\":true},"
            + "\"redacted_thinking\":[\"opaque-1\",\"opaque-2\"],\"thinking_signature\":\"sig-1\"}}");
    assertThat(StoreJson.message("{\"role\":\"assistant\",\"text\":\"hi\"}"))
        .as("written before thinking was kept").isEqualTo(AssistantMessage.of("hi"));
    assertThatThrownBy(() -> new AssistantMessage("", List.of(), "", java.util.Map.of("at", Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute 'at'")
        .hasMessageContaining("java.time.Instant");
    assertThatThrownBy(() -> new AssistantMessage("", List.of(), "", java.util.Map.of("x", List.of(1, Double.NaN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute 'x'[1] must be finite");
    assertThatThrownBy(() -> StoreJson.message("{\"role\":\"assistant\",\"text\":\"hi\",\"attributes\":[1]}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("attributes must be an object");
  }

  @Test
  void everyKindOfMessageReadsBackEqual() {
    List<ChatMessage> messages = List.of(new SystemMessage("be brief"), new UserMessage("refund order 42, \"now\" ✓"),
        new AssistantMessage("", List.of()), new AssistantMessage("checking", List.of(REFUND, NO_ID)),
        new AssistantMessage("", List.of(REFUND), "the customer asked for a refund", THINKING_ATTRIBUTES),
        new ToolResultMessage("c1", "refund", "refund R-42 done", false),
        new ToolResultMessage(null, "lookup", "no such order", true));
    for (ChatMessage m : messages) {
      assertThat(StoreJson.message(StoreJson.message(m))).as(m.toString()).isEqualTo(m);
    }
  }

  @Test
  void everyKindOfEntryReadsBackEqualInBothForms() {
    List<JournalEntry> entries = List.of(
        new JournalEntry(0, JournalEntry.Kind.MODEL_RESPONSE, "m0", new AssistantMessage("checking", List.of(REFUND)),
            new TokenUsage(100, 20, 64, 8, 5), "gpt-4o-mini-2024-07-18", null, null, AT),
        new JournalEntry(1, JournalEntry.Kind.MODEL_RESPONSE, "m1", new AssistantMessage("done", List.of()),
            TokenUsage.ZERO, null, null, null, AT),
        JournalEntry.toolStarted(2, "c1", REFUND, AT),
        JournalEntry.toolResult(3, "c1", REFUND, new ToolResult("refund R-42 done", false), AT),
        JournalEntry.toolResult(4, "lookup{}", NO_ID, new ToolResult("timed out", true), AT));
    for (JournalEntry e : entries) {
      assertThat(StoreJson.journalEntry(e.seq(), StoreJson.journalEntry(e))).as(e.toString()).isEqualTo(e);
      assertThat(StoreJson.journalEntry(e.seq(), e.kind(), e.callKey(), StoreJson.journalEntryBody(e)))
          .as(e.toString()).isEqualTo(e);
    }
  }

  /** Stores hold these texts: the forms must not change, or what was stored before stops reading. */
  @Test
  void theStoredFormsAreTheOnesTheStoresAlreadyHold() {
    assertThat(StoreJson.message(new AssistantMessage("checking", List.of(REFUND)))).isEqualTo(
        "{\"role\":\"assistant\",\"text\":\"checking\",\"toolCalls\":[{\"id\":\"c1\",\"name\":\"refund\","
            + "\"arguments\":\"{\\\"order\\\":42}\",\"idempotencyKey\":null}]}");
    assertThat(StoreJson.message(new ToolResultMessage(null, "lookup", "none", true))).isEqualTo(
        "{\"role\":\"tool\",\"text\":\"none\",\"toolCallId\":null,\"toolName\":\"lookup\",\"isError\":true}");
    JournalEntry model = new JournalEntry(0, JournalEntry.Kind.MODEL_RESPONSE, "m0",
        new AssistantMessage("hi", List.of()), new TokenUsage(10, 2, 0, 0, 1), "gpt-4o", null, null, AT);
    String body = "\"at\":\"2026-12-02T18:00:00.123456Z\",\"message\":{\"role\":\"assistant\",\"text\":\"hi\"},"
        + "\"usage\":{\"input\":10,\"output\":2,\"cachedInput\":0,\"cacheWrite\":0,\"reasoning\":1},"
        + "\"responseModel\":\"gpt-4o\"";
    assertThat(StoreJson.journalEntryBody(model)).isEqualTo("{" + body + "}");
    assertThat(StoreJson.journalEntry(model)).isEqualTo("{\"kind\":\"MODEL_RESPONSE\",\"key\":\"m0\"," + body + "}");
    JournalEntry result = JournalEntry.toolResult(3, "c1", REFUND, new ToolResult("done", false), AT);
    assertThat(StoreJson.journalEntry(result)).isEqualTo("{\"kind\":\"TOOL_RESULT\",\"key\":\"c1\","
        + "\"at\":\"2026-12-02T18:00:00.123456Z\",\"responseModel\":null,\"toolCall\":{\"id\":\"c1\",\"name\":\"refund\","
        + "\"arguments\":\"{\\\"order\\\":42}\",\"idempotencyKey\":null},\"toolResult\":{\"content\":\"done\","
        + "\"isError\":false}}");
  }

  @Test
  void theSameValueAlwaysGivesTheSameText() {
    JournalEntry e = JournalEntry.toolStarted(2, "c1", REFUND, AT);
    JournalEntry copy = JournalEntry.toolStarted(2, "c1", new ToolCall("c1", "refund", "{\"order\":42}", null), AT);
    assertThat(StoreJson.journalEntry(copy)).isEqualTo(StoreJson.journalEntry(e));
  }

  @Test
  void corruptTextFailsSayingWhatIsWrong() {
    assertThatThrownBy(() -> StoreJson.message("{\"role\":"))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("stored JSON is corrupt");
    assertThatThrownBy(() -> StoreJson.message("[1]"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a message must be an object");
    assertThatThrownBy(() -> StoreJson.message("{\"role\":\"robot\",\"text\":\"x\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown role").hasMessageContaining("robot");
    assertThatThrownBy(() -> StoreJson.journalEntry(0, "{\"key\":\"m0\",\"at\":\"2026-12-02T18:00:00Z\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"kind\"");
    assertThatThrownBy(() -> StoreJson.journalEntry(0, "{\"kind\":\"MODEL_RESPONSE\",\"at\":\"2026-12-02T18:00:00Z\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no \"key\"");
    assertThatThrownBy(() -> StoreJson.journalEntry(0, JournalEntry.Kind.TOOL_STARTED, "c1", "{\"toolCall\":{}}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no \"at\"");
    assertThatThrownBy(() -> StoreJson.journalEntry(0, JournalEntry.Kind.MODEL_RESPONSE, "m0",
        "{\"at\":\"2026-12-02T18:00:00Z\",\"message\":{\"role\":\"user\",\"text\":\"hi\"}}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be the assistant's");
  }
}
