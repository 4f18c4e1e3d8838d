package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.context.ContextWindowExceededException;
import dev.agentruntime.core.context.TokenCounter;
import dev.agentruntime.core.context.TokenWindowPolicy;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Property tests of {@link TokenWindowPolicy} over random conversations (seeded: a failure names its
 * seed and repeats exactly).
 */
class ContextPolicyPropertyTest {

  private static final TokenCounter COUNTER = TokenCounter.approximate();

  private static String words(Random r, int max) {
    int n = 1 + r.nextInt(max);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("w").append(r.nextInt(1000)).append(' ');
    }
    return b.toString().strip();
  }

  /** A valid conversation: system, goal, then turns of assistant tool calls (with their results) and answers. */
  static List<ChatMessage> conversation(Random r) {
    List<ChatMessage> m = new ArrayList<>();
    if (r.nextInt(5) > 0) {
      m.add(new SystemMessage("system " + words(r, 20)));
    }
    int turns = 1 + r.nextInt(12);
    int callId = 0;
    for (int t = 0; t < turns; t++) {
      m.add(new UserMessage((t == 0 ? "goal " : "user ") + words(r, 30)));
      int steps = r.nextInt(4);
      for (int s = 0; s < steps; s++) {
        int calls = 1 + r.nextInt(3);
        List<ToolCall> tc = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
          tc.add(ToolCall.of("call_" + (callId++), "tool" + r.nextInt(3), "{\"q\":\"" + words(r, 5) + "\"}"));
        }
        m.add(new AssistantMessage(r.nextBoolean() ? "" : words(r, 10), tc));
        for (ToolCall c : tc) {
          m.add(new ToolResultMessage(c.id(), c.name(), "result " + words(r, 200), r.nextInt(10) == 0));
        }
      }
      if (t < turns - 1 || r.nextBoolean()) {
        m.add(AssistantMessage.of("answer " + words(r, 40)));
      }
    }
    return m;
  }

  static void assertNoOrphanToolResult(List<ChatMessage> sent) {
    Set<String> calls = new HashSet<>();
    for (ChatMessage m : sent) {
      if (m instanceof AssistantMessage a) {
        a.toolCalls().forEach(c -> calls.add(c.id()));
      } else if (m instanceof ToolResultMessage t) {
        assertThat(calls).as("tool result %s has its call before it", t.toolCallId()).contains(t.toolCallId());
      }
    }
  }

  /** Every tool call that is sent has its result sent (a call and its results are one unit). */
  static void assertNoCallWithoutResult(List<ChatMessage> sent) {
    Set<String> results = new HashSet<>();
    sent.forEach(m -> { if (m instanceof ToolResultMessage t) { results.add(t.toolCallId()); } });
    for (ChatMessage m : sent) {
      if (m instanceof AssistantMessage a) {
        a.toolCalls().forEach(c -> assertThat(results).as("result of %s", c.id()).contains(c.id()));
      }
    }
  }

  @RepeatedTest(200)
  void sentContextFitsHasNoOrphanAndKeepsThePinnedMessages(RepetitionInfo info) throws Exception {
    long seed = 0xC0FFEEL * info.getCurrentRepetition();
    Random r = new Random(seed);
    List<ChatMessage> conv = conversation(r);
    long total = COUNTER.count(conv);
    long budget = Math.max(50, (long) (total * (0.1 + r.nextDouble())));
    AtomicInteger summaries = new AtomicInteger();
    TokenWindowPolicy.Builder b = TokenWindowPolicy.builder().maxInputTokens(budget)
        .keepRecentToolResults(r.nextInt(4)).clearToolResults(r.nextBoolean());
    if (r.nextBoolean()) {
      b.summarizer((msgs, run) -> { summaries.incrementAndGet(); return "summary of " + msgs.size() + " messages"; });
    }
    TokenWindowPolicy policy = b.build();

    List<ChatMessage> pinned = new ArrayList<>();
    int i = 0;
    while (i < conv.size() && conv.get(i) instanceof SystemMessage) {
      pinned.add(conv.get(i++));
    }
    ChatMessage goal = conv.get(i);
    int lastUser = conv.size() - 1;
    while (!(conv.get(lastUser) instanceof UserMessage)) {
      lastUser--;
    }
    List<ChatMessage> currentTurn = conv.subList(lastUser, conv.size());

    List<ChatMessage> sent;
    try {
      sent = policy.select(conv, null);
    } catch (ContextWindowExceededException e) {
      // allowed only when what may not be cut does not fit even with every tool result cleared
      List<ChatMessage> uncuttable = new ArrayList<>(pinned);
      if (lastUser != i) {
        uncuttable.add(goal);
      }
      for (ChatMessage m : currentTurn) {
        uncuttable.add(m instanceof ToolResultMessage t
            ? new ToolResultMessage(t.toolCallId(), t.toolName(), TokenWindowPolicy.CLEARED, t.isError()) : m);
      }
      assertThat(COUNTER.count(uncuttable)).as("seed %d: refused although it could fit", seed).isGreaterThan(budget);
      return;
    }
    assertThat(COUNTER.count(sent)).as("seed %d: over budget", seed).isLessThanOrEqualTo(budget);
    assertNoOrphanToolResult(sent);
    assertNoCallWithoutResult(sent);
    assertThat(sent.subList(0, pinned.size())).as("seed %d: system prompt pinned", seed).isEqualTo(pinned);
    assertThat(sent.get(pinned.size())).as("seed %d: first user goal pinned", seed).isEqualTo(goal);
    // the current turn is sent whole (tool results possibly cleared), in order, at the end
    List<ChatMessage> tail = sent.subList(sent.size() - currentTurn.size(), sent.size());
    for (int k = 0; k < currentTurn.size(); k++) {
      assertThat(tail.get(k).role()).isEqualTo(currentTurn.get(k).role());
      if (!(tail.get(k) instanceof ToolResultMessage)) {
        assertThat(tail.get(k)).isEqualTo(currentTurn.get(k));
      }
    }
    // what fits is sent untouched
    if (total <= budget) {
      assertThat(sent).isEqualTo(conv);
      assertThat(summaries).hasValue(0);
    }
  }

  @Test
  void clearsOldToolResultsBeforeCuttingAnyTurn() throws Exception {
    List<ChatMessage> conv = new ArrayList<>();
    conv.add(new SystemMessage("sys"));
    conv.add(new UserMessage("goal"));
    conv.add(new AssistantMessage("", List.of(ToolCall.of("c1", "search", "{}"))));
    conv.add(new ToolResultMessage("c1", "search", "x".repeat(3000), false));
    conv.add(AssistantMessage.of("found it"));
    conv.add(new UserMessage("and now?"));
    TokenWindowPolicy p = TokenWindowPolicy.builder().maxInputTokens(200).keepRecentToolResults(0).build();
    List<ChatMessage> sent = p.select(conv, null);
    assertThat(sent).hasSize(conv.size());
    assertThat(sent.get(3).text()).isEqualTo(TokenWindowPolicy.CLEARED);
    assertThat(sent.get(4)).isEqualTo(conv.get(4));
  }

  @Test
  void summarisesTheOldestTurnsInsteadOfDroppingThem() throws Exception {
    List<ChatMessage> conv = new ArrayList<>();
    conv.add(new UserMessage("goal"));
    for (int t = 0; t < 10; t++) {
      conv.add(new UserMessage("question " + t + " " + "y".repeat(300)));
      conv.add(AssistantMessage.of("answer " + t + " " + "z".repeat(300)));
    }
    conv.add(new UserMessage("last question"));
    List<List<ChatMessage>> asked = new ArrayList<>();
    TokenWindowPolicy p = TokenWindowPolicy.builder().maxInputTokens(800)
        .summarizer((msgs, run) -> { asked.add(msgs); return "the user asked " + msgs.size() / 2 + " questions"; })
        .build();
    List<ChatMessage> sent = p.select(conv, null);
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).get(0)).isEqualTo(conv.get(1)); // oldest turns first, goal not summarised
    assertThat(sent.get(0)).isEqualTo(conv.get(0));
    assertThat(sent.get(1).text()).startsWith(TokenWindowPolicy.SUMMARY_PREFIX + "the user asked");
    assertThat(sent.get(sent.size() - 1)).isEqualTo(conv.get(conv.size() - 1));
    assertThat(COUNTER.count(sent)).isLessThanOrEqualTo(800);
  }

  @Test
  void orphanToolResultsInTheStoredLogAreNeverSent() throws Exception {
    List<ChatMessage> conv = List.of(new UserMessage("goal"),
        new ToolResultMessage("gone", "search", "orphan from a cut log", false), AssistantMessage.of("ok"));
    assertThat(TokenWindowPolicy.builder().maxInputTokens(10_000).build().select(conv, null))
        .containsExactly(conv.get(0), conv.get(2));
  }

  @Test
  void anUncuttableTurnOverTheBudgetIsRefusedNotTruncated() {
    List<ChatMessage> conv = List.of(new SystemMessage("sys"), new UserMessage("u".repeat(5000)));
    assertThatThrownBy(() -> TokenWindowPolicy.builder().maxInputTokens(100).build().select(conv, null))
        .isInstanceOf(ContextWindowExceededException.class).hasMessageContaining("budget is 100");
  }

  @Test
  void builderNamesBadSettings() {
    assertThatThrownBy(() -> TokenWindowPolicy.builder().build()).hasMessageContaining("maxInputTokens")
        .hasMessageContaining("model(");
    assertThatThrownBy(() -> TokenWindowPolicy.builder().contextWindow(100, 100)).hasMessageContaining("reservedOutputTokens");
    assertThatThrownBy(() -> TokenWindowPolicy.builder().maxInputTokens(5).keepRecentToolResults(-1).build())
        .hasMessageContaining("keepRecentToolResults");
  }
}
