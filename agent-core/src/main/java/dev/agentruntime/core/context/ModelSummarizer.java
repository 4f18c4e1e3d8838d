package dev.agentruntime.core.context;

import org.jspecify.annotations.Nullable;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.UserMessage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Summarizer} that asks a model, through the run's interceptor chain (so the call is
 * traced, guarded and budgeted like the run's other calls). Summaries are cached by the exact
 * messages summarised, so a long run does not pay for the same summary at every step.
 */
public final class ModelSummarizer implements Summarizer {

  /** Set on the summarising request's metadata, so context interceptors let it through untouched. */
  public static final String SUMMARY_REQUEST = "agent_runtime.context.summary_request";

  /** The default instruction. */
  public static final String DEFAULT_PROMPT =
      "Summarise the conversation below for the assistant that continues it. Keep facts, decisions, "
          + "open questions, ids and numbers; drop pleasantries. At most 200 words.";

  private final String model;
  private final String prompt;
  private final int maxOutputTokens;
  private final Cache<List<ChatMessage>, String> cache;

  private ModelSummarizer(Builder b) {
    this.model = b.model;
    this.prompt = b.prompt;
    this.maxOutputTokens = b.maxOutputTokens;
    this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String summarize(List<ChatMessage> messages, RunContext run) throws Exception {
    Objects.requireNonNull(run, "run (summaries are made through the run's model)");
    List<ChatMessage> key = List.copyOf(messages);
    String cached = cache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    StringBuilder transcript = new StringBuilder();
    for (ChatMessage m : key) {
      transcript.append(m.role()).append(": ").append(m.text());
      if (m instanceof AssistantMessage a) {
        for (ToolCall c : a.toolCalls()) {
          transcript.append(" [calls ").append(c.name()).append(' ').append(c.arguments()).append(']');
        }
      }
      transcript.append('\n');
    }
    ModelRequest request = ModelRequest.builder()
        .messages(List.of(new SystemMessage(prompt), new UserMessage(transcript.toString())))
        .model(model)
        .maxOutputTokens(maxOutputTokens)
        .metadata(Map.of(SUMMARY_REQUEST, Boolean.TRUE))
        .build();
    String summary = run.model().chat(request).text();
    cache.put(key, summary);
    return summary;
  }

  /** Builder for {@link ModelSummarizer}. */
  public static final class Builder {
    private String model;
    private String prompt = DEFAULT_PROMPT;
    private int maxOutputTokens = 400;
    private long cacheSize = 1_000;

    private Builder() {}

    /**
     * @param value the (cheaper) model to summarise with, or null for the runtime's default
     * @return this
     */
    public Builder model(@Nullable String value) {
      this.model = value;
      return this;
    }

    /**
     * @param value the instruction
     * @return this
     */
    public Builder prompt(String value) {
      this.prompt = value;
      return this;
    }

    /**
     * @param value output cap of a summary (default 400)
     * @return this
     */
    public Builder maxOutputTokens(int value) {
      this.maxOutputTokens = value;
      return this;
    }

    /**
     * @param value how many summaries are cached (default 1,000)
     * @return this
     */
    public Builder cacheSize(long value) {
      this.cacheSize = value;
      return this;
    }

    /**
     * @return the summarizer
     * @throws IllegalArgumentException naming a bad setting
     */
    public ModelSummarizer build() {
      if (prompt == null || prompt.isBlank()) {
        throw new IllegalArgumentException("prompt must not be blank");
      }
      if (maxOutputTokens <= 0) {
        throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
      }
      if (cacheSize < 0) {
        throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
      }
      if (model != null && model.isBlank()) {
        throw new IllegalArgumentException("model must not be blank when set");
      }
      return new ModelSummarizer(this);
    }
  }
}
