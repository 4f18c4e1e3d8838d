package dev.agentruntime.core.testing;

import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model that answers from a script. Thread-safe.
 *
 * <p>Two ways to follow the script:
 * <ul>
 *   <li>{@link Mode#BY_TURN} (default): the answer to a request is the script entry for its turn,
 *       i.e. the number of assistant messages already in the conversation. Stateless, so any
 *       number of concurrent runs each follow the whole script.
 *   <li>{@link Mode#SEQUENCE}: every call takes the next entry, across all runs; use it to script
 *       failures ({@link Builder#thenFail}) and retries.
 * </ul>
 *
 * <p>Token usage is estimated as one token per 4 characters of request and answer text.
 */
public final class ScriptedModelClient implements ModelClient {

  /** How the script is followed. */
  public enum Mode {
    /** Entry = number of assistant messages in the request. */
    BY_TURN,
    /** Entry = number of calls so far. */
    SEQUENCE
  }

  private interface Step {
    ModelResponse answer(ModelRequest request) throws Exception;
  }

  private final List<Step> steps;
  private final Mode mode;
  private final ModelInfo info;
  private final Duration latency;
  private final AtomicInteger calls = new AtomicInteger();
  private final boolean repeatLast;

  private ScriptedModelClient(Builder b) {
    this.steps = List.copyOf(b.steps);
    this.mode = b.mode;
    this.info = b.info;
    this.latency = b.latency;
    this.repeatLast = b.repeatLast;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return how many calls this client has answered or failed */
  public int calls() {
    return calls.get();
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public ModelResponse chat(ModelRequest request) throws Exception {
    int n = calls.getAndIncrement();
    int index = mode == Mode.SEQUENCE ? n : turn(request);
    if (index >= steps.size()) {
      if (!repeatLast || steps.isEmpty()) {
        throw new IllegalStateException(
            "script exhausted: entry " + (index + 1) + " requested, script has " + steps.size());
      }
      index = steps.size() - 1;
    }
    if (!latency.isZero()) {
      Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
    }
    return steps.get(index).answer(request);
  }

  private static int turn(ModelRequest request) {
    int n = 0;
    for (ChatMessage m : request.messages()) {
      if (m instanceof AssistantMessage) {
        n++;
      }
    }
    return n;
  }

  static TokenUsage estimate(ModelRequest request, AssistantMessage answer) {
    long in = 0;
    for (ChatMessage m : request.messages()) {
      in += m.text().length();
    }
    long out = answer.text().length();
    for (ToolCall c : answer.toolCalls()) {
      out += c.name().length() + c.arguments().length();
    }
    return TokenUsage.of(Math.max(1, (in + 3) / 4), Math.max(1, (out + 3) / 4));
  }

  /** Builder for {@link ScriptedModelClient}. */
  public static final class Builder {
    private final List<Step> steps = new ArrayList<>();
    private Mode mode = Mode.BY_TURN;
    private ModelInfo info = ModelInfo.of("scripted", "scripted-model");
    private Duration latency = Duration.ZERO;
    private boolean repeatLast;
    private int ids;

    private Builder() {}

    /**
     * @param value how the script is followed
     * @return this
     */
    public Builder mode(Mode value) {
      this.mode = Objects.requireNonNull(value, "mode");
      return this;
    }

    /**
     * @param value what the client reports about itself
     * @return this
     */
    public Builder info(ModelInfo value) {
      this.info = Objects.requireNonNull(value, "info");
      return this;
    }

    /**
     * @param value simulated latency per call
     * @return this
     */
    public Builder latency(Duration value) {
      this.latency = Objects.requireNonNull(value, "latency");
      return this;
    }

    /**
     * @param value whether calls past the end repeat the last entry (default: fail)
     * @return this
     */
    public Builder repeatLast(boolean value) {
      this.repeatLast = value;
      return this;
    }

    /**
     * @param text the answer
     * @return this
     */
    public Builder thenRespond(String text) {
      Objects.requireNonNull(text, "text");
      return thenRespond(r -> text);
    }

    /**
     * @param answer computes the answer text from the request
     * @return this
     */
    public Builder thenRespond(Function<ModelRequest, String> answer) {
      Objects.requireNonNull(answer, "answer");
      steps.add(request -> {
        AssistantMessage m = AssistantMessage.of(answer.apply(request));
        return new ModelResponse(m, estimate(request, m), FinishReason.STOP, "resp-" + steps.size(),
            info.model(), null);
      });
      return this;
    }

    /**
     * @param name tool to call
     * @param argumentsJson its arguments
     * @return this
     */
    public Builder thenCallTool(String name, String argumentsJson) {
      return thenCallTools(ToolCall.of("call_" + (++ids), name, argumentsJson));
    }

    /**
     * @param calls tool calls to request in one answer (they may run in parallel)
     * @return this
     */
    public Builder thenCallTools(ToolCall... calls) {
      List<ToolCall> list = List.of(calls);
      steps.add(request -> {
        AssistantMessage m = new AssistantMessage("", list);
        return new ModelResponse(m, estimate(request, m), FinishReason.TOOL_CALLS, "resp-tools",
            info.model(), null);
      });
      return this;
    }

    /**
     * @param error thrown by this entry's call
     * @return this
     */
    public Builder thenFail(Supplier<? extends Exception> error) {
      Objects.requireNonNull(error, "error");
      steps.add(request -> {
        throw error.get();
      });
      return this;
    }

    /**
     * @param response computes the whole response
     * @return this
     */
    public Builder thenAnswer(Function<ModelRequest, ModelResponse> response) {
      Objects.requireNonNull(response, "response");
      steps.add(response::apply);
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException when the script is empty
     */
    public ScriptedModelClient build() {
      if (steps.isEmpty()) {
        throw new IllegalStateException("the script is empty: add at least one then...() entry");
      }
      return new ScriptedModelClient(this);
    }
  }
}
