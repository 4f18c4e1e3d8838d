package dev.agentruntime.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.checkpoint.CheckpointStore;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.checkpoint.RunCheckpoint;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.checkpoint.RunStatus;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CheckpointStore} must pass: exact round trips of headers and journal
 * entries, gap-free ordering, idempotent retried appends, status and the list of unfinished runs.
 */
public abstract class CheckpointStoreContract {

  /** The store under test. */
  protected CheckpointStore store;

  /**
   * @return the store under test
   * @throws Exception when it cannot be created
   */
  protected abstract CheckpointStore createStore() throws Exception;

  /** Creates the store. */
  @BeforeEach
  void createStoreUnderTest() throws Exception {
    store = createStore();
  }

  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

  private static RunHeader header(String runId) {
    return new RunHeader(runId, "refund order 42 \u2014 \uD83D\uDE80", "support", "chat-7", "alice", "acme",
        Map.of("channel", "web", "tier", "gold"), T0,
        List.of(new dev.agentruntime.core.model.UserMessage("I'm Bob \uD83D\uDE80"), AssistantMessage.of("Hi Bob")),
        dev.agentruntime.core.limits.RunLimits.builder().maxSteps(7).maxToolCalls("refund", 1)
            .maxDuration(java.time.Duration.ofSeconds(90))
            .onLimit(dev.agentruntime.core.limits.Limit.MAX_STEPS, dev.agentruntime.core.limits.LimitReaction.STOP_GRACEFULLY)
            .build());
  }

  private static List<JournalEntry> journal() {
    ToolCall refund = new ToolCall("c1", "refund", "{\"order\":42,\"note\":\"a\\\"b\"}", "refund-42");
    ToolCall lookup = new ToolCall(null, "lookup", "{}", null);
    ModelResponse first = new ModelResponse(new AssistantMessage("thinking", List.of(refund, lookup)),
        new TokenUsage(120, 30, 100, 5, 0), FinishReason.TOOL_CALLS, "resp-1", "gpt-4o-mini", Map.of());
    return List.of(
        JournalEntry.modelResponse(0, "m0", first, T0.plusMillis(1)),
        JournalEntry.toolStarted(1, "id:c1", refund, T0.plusMillis(2)),
        JournalEntry.toolResult(2, "id:c1", refund, ToolResult.success("refund R-1"), T0.plusMillis(3)),
        JournalEntry.toolResult(3, "call:lookup:{}", lookup, ToolResult.error("boom\n\"x\""), T0.plusMillis(4)),
        JournalEntry.modelResponse(4, "m1", ModelResponse.ofText("Done.", TokenUsage.of(10, 2)), T0.plusMillis(5)));
  }

  private static String runId() {
    return "run-" + UUID.randomUUID();
  }

  @Test
  void headerAndJournalRoundTripExactly() {
    String run = runId();
    store.begin(header(run));
    journal().forEach(e -> store.append(run, e));
    RunCheckpoint cp = store.load(run).orElseThrow();
    assertThat(cp.header()).isEqualTo(header(run));
    assertThat(cp.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(cp.entries()).containsExactlyElementsOf(journal());
    assertThat(cp.entries()).extracting(JournalEntry::finishReason)
        .containsExactly(FinishReason.TOOL_CALLS, null, null, null, FinishReason.STOP);
    assertThat(cp.usage()).isEqualTo(new TokenUsage(130, 32, 100, 5, 0));
    assertThat(cp.modelCalls()).isEqualTo(2);
  }

  @Test
  void timestampsKeepMicrosecondsAtLeast() {
    String run = runId();
    Instant at = Instant.parse("2026-05-06T07:08:09.987654Z");
    store.begin(new RunHeader(run, "x", null, null, null, null, Map.of(), at));
    store.append(run, JournalEntry.modelResponse(0, "m0", ModelResponse.ofText("a", null), at));
    RunCheckpoint cp = store.load(run).orElseThrow();
    assertThat(cp.header().startedAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
    assertThat(cp.header().agentName()).isNull();
    assertThat(cp.header().tags()).isEmpty();
    assertThat(cp.entries().get(0).at()).isEqualTo(at);
  }

  @Test
  void pendingToolCallsAreTheLastResponsesCallsWithoutResult() {
    String run = runId();
    store.begin(header(run));
    journal().subList(0, 3).forEach(e -> store.append(run, e));
    assertThat(store.load(run).orElseThrow().pendingToolCalls()).extracting(ToolCall::name).containsExactly("lookup");
  }

  @Test
  void beginTwiceKeepsTheFirstHeaderAndJournal() {
    String run = runId();
    store.begin(header(run));
    store.append(run, journal().get(0));
    store.begin(new RunHeader(run, "other input", null, null, null, null, Map.of(), T0));
    RunCheckpoint cp = store.load(run).orElseThrow();
    assertThat(cp.header().input()).isEqualTo(header(run).input());
    assertThat(cp.entries()).hasSize(1);
  }

  @Test
  void retriedAppendIsANoOpButAnotherEntryAtTheSamePositionIsRefused() {
    String run = runId();
    store.begin(header(run));
    store.append(run, journal().get(0));
    store.append(run, journal().get(0));
    assertThat(store.load(run).orElseThrow().entries()).hasSize(1);
    JournalEntry other = JournalEntry.modelResponse(0, "m0", ModelResponse.ofText("different", null), T0);
    assertThatThrownBy(() -> store.append(run, other)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(run);
    JournalEntry gap = JournalEntry.modelResponse(5, "m5", ModelResponse.ofText("gap", null), T0);
    assertThatThrownBy(() -> store.append(run, gap)).isInstanceOf(IllegalStateException.class);
    assertThat(store.load(run).orElseThrow().entries()).containsExactly(journal().get(0));
  }

  /**
   * A tool call without an id (Ollama and some other providers give none) is keyed by its name
   * and arguments, which may be long: a file written by the tool, a document.
   */
  @Test
  void aToolCallKeyedByLongArgumentsRoundTrips() {
    String run = runId();
    store.begin(header(run));
    ToolCall write = new ToolCall(null, "write_file", "{\"path\":\"notes.md\",\"text\":\""
        + "line of the file \u2014 \uD83D\uDE80\\n".repeat(2_000) + "\"}", null);
    String key = "call:" + write.name() + ":" + write.arguments();
    List<JournalEntry> entries = List.of(
        JournalEntry.toolStarted(0, key, write, T0),
        JournalEntry.toolResult(1, key, write, ToolResult.success("written"), T0.plusMillis(1)));
    entries.forEach(e -> store.append(run, e));
    assertThat(store.load(run).orElseThrow().entries()).containsExactlyElementsOf(entries);
  }

  /** A run's input may hold U+0000 (pasted binary text): the run is checkpointed all the same. */
  @Test
  void anInputHoldingNulCharactersRoundTrips() {
    String run = runId();
    RunHeader h = new RunHeader(run, "summarise\u0000this \\u0000 \u0000", null, null, null, null, Map.of(), T0);
    store.begin(h);
    assertThat(store.load(run).orElseThrow().header()).isEqualTo(h);
  }

  /** Runs begun while the unfinished ones are listed are all listed afterwards (none lost for a resume). */
  @Test
  void runsBegunWhileUnfinishedRunsAreListedAreAllListed() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    List<String> begun = new java.util.ArrayList<>();
    try {
      java.util.concurrent.Future<?> lister = pool.submit(() -> {
        while (!stop.get()) {
          store.unfinished();
        }
        return null;
      });
      for (int i = 0; i < 300; i++) {
        String run = runId();
        store.begin(header(run));
        begun.add(run);
      }
      stop.set(true);
      lister.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(store.unfinished()).containsAll(begun);
    } finally {
      stop.set(true);
      pool.shutdownNow();
      begun.forEach(store::delete);
    }
  }

  @Test
  void appendToAnUnknownRunIsRefused() {
    String run = runId();
    assertThatThrownBy(() -> store.append(run, journal().get(0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(run);
    assertThat(store.load(run)).isEmpty();
  }

  @Test
  void statusAndUnfinishedRuns() {
    String a = runId();
    String b = runId();
    store.begin(header(a));
    store.begin(header(b));
    assertThat(store.unfinished()).contains(a, b);
    store.finish(a, RunStatus.COMPLETED);
    store.finish(b, RunStatus.FAILED);
    assertThat(store.load(a).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(store.load(b).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    assertThat(store.unfinished()).doesNotContain(a).contains(b);
    assertThat(store.delete(b)).isTrue();
    assertThat(store.delete(b)).isFalse();
    assertThat(store.load(b)).isEmpty();
    assertThat(store.unfinished()).doesNotContain(b);
  }

  @Test
  void badInputIsRejectedByName() {
    assertThatThrownBy(() -> store.begin(null)).hasMessageContaining("header");
    assertThatThrownBy(() -> store.load(null)).hasMessageContaining("runId");
    assertThatThrownBy(() -> store.load(" ")).hasMessageContaining("runId");
    String run = runId();
    store.begin(header(run));
    assertThatThrownBy(() -> store.append(run, null)).hasMessageContaining("entry");
    assertThatThrownBy(() -> store.finish(run, null)).hasMessageContaining("status");
  }
}
