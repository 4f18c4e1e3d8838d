package dev.agentruntime.core.context;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link ContextPolicy}: keeps a conversation within a token budget.
 *
 * <p>Pinned, never cut: the leading system messages and the first user message (the goal), and the
 * current turn (from the last user message on). In order, until the conversation fits:
 * <ol>
 *   <li>tool-result clearing: the oldest tool results (all but the most recent
 *       {@code keepRecentToolResults}) are replaced by a short placeholder;
 *   <li>summarisation (when a {@link Summarizer} is set): the fewest oldest turns whose removal
 *       makes room are replaced by one assistant message holding their summary;
 *   <li>the token window: the oldest whole turns are dropped. Turns are cut only at user messages,
 *       so a tool call and its results always stay together;
 *   <li>last resort: the remaining tool results are cleared too, oldest first.
 * </ol>
 * Tool results whose call is not in the conversation are never sent. When the pinned messages and
 * the current turn alone exceed the budget, {@link ContextWindowExceededException} is thrown and
 * nothing is sent.
 */
public final class TokenWindowPolicy implements ContextPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(TokenWindowPolicy.class);

  /** The text a cleared tool result is replaced with. */
  public static final String CLEARED = "[tool result cleared to save context; call the tool again if needed]";
  /** What starts the assistant message holding a summary of cut turns. */
  public static final String SUMMARY_PREFIX = "Summary of the earlier conversation: ";

  private final long maxInputTokens;
  private final TokenCounter counter;
  private final boolean clearToolResults;
  private final int keepRecentToolResults;
  private final Summarizer summarizer;

  private TokenWindowPolicy(Builder b, long maxInputTokens) {
    this.maxInputTokens = maxInputTokens;
    this.counter = b.counter;
    this.clearToolResults = b.clearToolResults;
    this.keepRecentToolResults = b.keepRecentToolResults;
    this.summarizer = b.summarizer;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the budget this policy keeps to */
  public ContextBudget budget() {
    return new ContextBudget(maxInputTokens, counter);
  }

  @Override
  public List<ChatMessage> select(List<ChatMessage> conversation, RunContext run) throws Exception {
    Objects.requireNonNull(conversation, "conversation");
    List<ChatMessage> msgs = withoutOrphanToolResults(conversation);
    long[] tokens = new long[msgs.size()];
    long total = 0;
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = counter.count(msgs.get(i));
      total += tokens[i];
    }
    if (total <= maxInputTokens) {
      return msgs;
    }
    int pinnedEnd = 0;
    while (pinnedEnd < msgs.size() && msgs.get(pinnedEnd) instanceof SystemMessage) {
      pinnedEnd++;
    }
    if (pinnedEnd < msgs.size() && msgs.get(pinnedEnd) instanceof UserMessage) {
      pinnedEnd++;
    }
    int currentStart = msgs.size();
    for (int i = msgs.size() - 1; i >= pinnedEnd; i--) {
      if (msgs.get(i) instanceof UserMessage) {
        currentStart = i;
        break;
      }
    }
    if (currentStart == msgs.size()) {
      currentStart = pinnedEnd; // no user message after the goal: the goal's turn is the current one
    }
    List<ChatMessage> working = new ArrayList<>(msgs);

    // 1. clear the oldest tool results
    if (clearToolResults) {
      List<Integer> results = new ArrayList<>();
      for (int i = 0; i < working.size(); i++) {
        if (working.get(i) instanceof ToolResultMessage) {
          results.add(i);
        }
      }
      int clearable = Math.max(0, results.size() - keepRecentToolResults);
      for (int k = 0; k < clearable && total > maxInputTokens; k++) {
        int i = results.get(k);
        ToolResultMessage t = (ToolResultMessage) working.get(i);
        if (t.text().equals(CLEARED)) {
          continue;
        }
        ToolResultMessage cleared = new ToolResultMessage(t.toolCallId(), t.toolName(), CLEARED, t.isError());
        long c = counter.count(cleared);
        if (c < tokens[i]) {
          working.set(i, cleared);
          total += c - tokens[i];
          tokens[i] = c;
        }
      }
      if (total <= maxInputTokens) {
        return working;
      }
    }

    // the turns between the pinned messages and the current turn: [start, end) index ranges
    List<int[]> turns = new ArrayList<>();
    int s = pinnedEnd;
    for (int i = pinnedEnd + 1; i <= currentStart; i++) {
      if (i == currentStart || working.get(i) instanceof UserMessage) {
        if (i > s) {
          turns.add(new int[] {s, i});
        }
        s = i;
      }
    }
    long[] turnTokens = new long[turns.size()];
    for (int t = 0; t < turns.size(); t++) {
      for (int i = turns.get(t)[0]; i < turns.get(t)[1]; i++) {
        turnTokens[t] += tokens[i];
      }
    }

    // 2. summarise the oldest turns
    ChatMessage summary = null;
    long summaryTokens = 0;
    int firstKept = 0; // index into turns of the first turn kept verbatim
    if (summarizer != null && !turns.isEmpty()) {
      long reserve = Math.max(64, maxInputTokens / 10);
      long remaining = total;
      int k = 0;
      while (k < turns.size() && remaining + reserve > maxInputTokens) {
        remaining -= turnTokens[k];
        k++;
      }
      List<ChatMessage> toSummarise = new ArrayList<>(msgs.subList(turns.get(0)[0], turns.get(k - 1)[1]));
      try {
        String text = summarizer.summarize(toSummarise, run);
        if (text != null && !text.isBlank()) {
          summary = AssistantMessage.of(SUMMARY_PREFIX + text.strip());
          summaryTokens = counter.count(summary);
          firstKept = k;
          total = remaining + summaryTokens;
        }
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        LOG.warn("summarising {} messages failed; dropping the oldest turns instead", toSummarise.size(), e);
      }
    }

    // 3. drop the oldest turns
    while (total > maxInputTokens && firstKept < turns.size()) {
      total -= turnTokens[firstKept];
      firstKept++;
    }
    if (total > maxInputTokens && summary != null) {
      total -= summaryTokens;
      summary = null;
    }
    int from = firstKept < turns.size() ? turns.get(firstKept)[0] : currentStart;
    // last resort before refusing: clear the kept tool results too, oldest first
    for (int i = from; i < working.size() && total > maxInputTokens; i++) {
      if (working.get(i) instanceof ToolResultMessage t && !t.text().equals(CLEARED)) {
        ToolResultMessage cleared = new ToolResultMessage(t.toolCallId(), t.toolName(), CLEARED, t.isError());
        long c = counter.count(cleared);
        if (c < tokens[i]) {
          working.set(i, cleared);
          total += c - tokens[i];
          tokens[i] = c;
        }
      }
    }
    if (total > maxInputTokens) {
      throw new ContextWindowExceededException(run == null ? null : run.runId(), total, maxInputTokens);
    }
    List<ChatMessage> out = new ArrayList<>(working.subList(0, pinnedEnd));
    if (summary != null) {
      out.add(summary);
    }
    out.addAll(working.subList(from, working.size()));
    return withoutOrphanToolResults(out);
  }

  /**
   * @param messages a conversation
   * @return the conversation without tool results whose call is not in an earlier assistant message
   */
  public static List<ChatMessage> withoutOrphanToolResults(List<ChatMessage> messages) {
    Set<String> callIds = new HashSet<>();
    Set<String> callNames = new HashSet<>();
    List<ChatMessage> out = null;
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      boolean orphan = false;
      if (m instanceof AssistantMessage a) {
        for (ToolCall c : a.toolCalls()) {
          if (c.id() != null) {
            callIds.add(c.id());
          }
          callNames.add(c.name());
        }
      } else if (m instanceof ToolResultMessage t) {
        orphan = t.toolCallId() != null ? !callIds.contains(t.toolCallId()) : !callNames.contains(t.toolName());
      }
      if (orphan && out == null) {
        out = new ArrayList<>(messages.subList(0, i));
      } else if (!orphan && out != null) {
        out.add(m);
      }
    }
    return out == null ? messages : out;
  }

  /**
   * Builder for {@link TokenWindowPolicy}. The budget is set one of three ways: by model
   * ({@link #model(String, ModelLimitsSource)}: the model's context window minus its maximum
   * output, from a catalog), by {@link #contextWindow(long, long)}, or by
   * {@link #maxInputTokens(long)}. A size given explicitly wins over the model's.
   */
  public static final class Builder {
    private long maxInputTokens;
    private @Nullable String model;
    private @Nullable ModelLimitsSource limitsSource;
    private @Nullable Long reservedOutputTokens;
    private TokenCounter counter = TokenCounter.approximate();
    private boolean clearToolResults = true;
    private int keepRecentToolResults = 3;
    private Summarizer summarizer;

    private Builder() {}

    /**
     * @param contextWindowTokens the model's context window
     * @param reservedOutputTokens tokens kept free for the answer
     * @return this
     */
    public Builder contextWindow(long contextWindowTokens, long reservedOutputTokens) {
      if (contextWindowTokens <= 0 || reservedOutputTokens < 0 || reservedOutputTokens >= contextWindowTokens) {
        throw new IllegalArgumentException("need 0 <= reservedOutputTokens < contextWindowTokens, was "
            + reservedOutputTokens + " and " + contextWindowTokens);
      }
      this.maxInputTokens = contextWindowTokens - reservedOutputTokens;
      return this;
    }

    /**
     * Sizes the budget from the model's limits: its context window minus the tokens reserved for
     * the answer (by default the model's maximum output, see {@link #reservedOutputTokens(long)}).
     * Looked up at {@link #build()}, which fails naming the model when the source does not know it
     * and no size was given explicitly.
     *
     * @param modelId the model id, as sent to the provider (e.g. {@code gpt-4o-mini})
     * @param source where the model's limits come from, e.g. {@code agent-cost}'s
     *     {@code PricingCatalog.bundled()}
     * @return this
     */
    public Builder model(String modelId, ModelLimitsSource source) {
      if (modelId == null || modelId.isBlank()) {
        throw new IllegalArgumentException("model must not be null or blank");
      }
      this.model = modelId.trim();
      this.limitsSource = Objects.requireNonNull(source, "source (of the model's limits)");
      return this;
    }

    /**
     * @param value tokens kept free for the answer when the budget comes from
     *     {@link #model(String, ModelLimitsSource)} (default: the model's maximum output)
     * @return this
     */
    public Builder reservedOutputTokens(long value) {
      this.reservedOutputTokens = value;
      return this;
    }

    /**
     * @param value the most tokens the sent messages may take
     * @return this
     */
    public Builder maxInputTokens(long value) {
      this.maxInputTokens = value;
      return this;
    }

    /**
     * @param value how tokens are counted (default {@link TokenCounter#approximate()})
     * @return this
     */
    public Builder tokenCounter(TokenCounter value) {
      this.counter = Objects.requireNonNull(value, "tokenCounter");
      return this;
    }

    /**
     * @param value whether old tool results are cleared first (default true)
     * @return this
     */
    public Builder clearToolResults(boolean value) {
      this.clearToolResults = value;
      return this;
    }

    /**
     * @param value how many of the most recent tool results are never cleared (default 3)
     * @return this
     */
    public Builder keepRecentToolResults(int value) {
      this.keepRecentToolResults = value;
      return this;
    }

    /**
     * @param value summarises the oldest turns before they are dropped, or null (default) to drop
     * @return this
     */
    public Builder summarizer(@Nullable Summarizer value) {
      this.summarizer = value;
      return this;
    }

    /**
     * @return the policy
     * @throws IllegalArgumentException when no budget was set, the model's limits are unknown, or
     *     a setting is negative
     */
    public TokenWindowPolicy build() {
      if (reservedOutputTokens != null && reservedOutputTokens < 0) {
        throw new IllegalArgumentException("reservedOutputTokens must be >= 0, was " + reservedOutputTokens);
      }
      if (keepRecentToolResults < 0) {
        throw new IllegalArgumentException("keepRecentToolResults must be >= 0, was " + keepRecentToolResults);
      }
      if (maxInputTokens == 0 && model != null) {
        return new TokenWindowPolicy(this, fromModel());
      }
      if (maxInputTokens <= 0) {
        throw new IllegalArgumentException("set model(...), contextWindow(...) or maxInputTokens to a positive "
            + "budget, was " + maxInputTokens);
      }
      return new TokenWindowPolicy(this, maxInputTokens);
    }

    private long fromModel() {
      ModelLimits limits = limitsSource.limits(model).orElseThrow(() -> new IllegalArgumentException(
          "no context window known for model '" + model + "' in " + limitsSource
              + ": give the size with contextWindow(tokens, reservedOutputTokens) or maxInputTokens(tokens), "
              + "or add the model's limits to the catalog"));
      long window = limits.contextWindowTokens();
      long reserved;
      if (reservedOutputTokens != null) {
        reserved = reservedOutputTokens;
      } else if (limits.maxOutputTokens() == 0) {
        throw new IllegalArgumentException("model '" + model + "' has a context window of " + window
            + " tokens but no published maximum output: set reservedOutputTokens(...)");
      } else {
        reserved = limits.maxOutputTokens();
      }
      if (reserved >= window) {
        throw new IllegalArgumentException("model '" + model + "': the " + reserved + " tokens reserved for the "
            + "answer leave nothing of its " + window + "-token context window; set reservedOutputTokens(...) "
            + "below " + window);
      }
      return window - reserved;
    }
  }
}
