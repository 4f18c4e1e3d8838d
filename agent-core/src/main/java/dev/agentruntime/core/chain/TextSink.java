package dev.agentruntime.core.chain;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the text deltas of a streaming model call go. Each interceptor may wrap the sink it is
 * given ({@link ModelChain#sink()}) and pass its wrapper down with
 * {@link ModelChain#proceed(dev.agentruntime.core.model.ModelRequest, TextSink)}: deltas then flow
 * up through every wrapper, innermost first, so an interceptor can hold text back, rewrite it,
 * time it or record it.
 *
 * <p>{@link #onDiscard(String)} says that all text delivered since the call began is void — a
 * failed attempt that will be retried or replaced by a fallback model. A wrapper that holds text
 * back drops what it holds and passes the discard on. It is a {@code Consumer<String>}, so a sink
 * can be handed to {@link dev.agentruntime.core.model.ModelClient#chatStreaming} directly; a
 * loop that passes a {@code TextSink} there learns of discards too.
 *
 * <p>Calls come from the thread the model client delivers on, one at a time per call.
 */
public interface TextSink extends Consumer<String> {

  /** A sink that ignores everything. */
  TextSink NONE = new TextSink() {
    @Override
    public void onText(String delta) {}

    @Override
    public void onDiscard(String reason) {}

    @Override
    public String toString() {
      return "TextSink.NONE";
    }
  };

  /**
   * @param delta the next chunk of generated text, never null or empty
   */
  void onText(String delta);

  /**
   * Everything delivered so far in this call is abandoned (the attempt failed).
   *
   * @param reason why, for listeners
   */
  void onDiscard(String reason);

  /** Same as {@link #onText(String)}, so a sink is a {@code Consumer<String>}. */
  @Override
  default void accept(String delta) {
    onText(delta);
  }

  /**
   * @param consumer a plain delta consumer
   * @return a sink passing deltas to it (a {@code TextSink} is returned as it is); discards are
   *     ignored
   */
  static TextSink of(Consumer<String> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    if (consumer instanceof TextSink s) {
      return s;
    }
    return new TextSink() {
      @Override
      public void onText(String delta) {
        consumer.accept(delta);
      }

      @Override
      public void onDiscard(String reason) {}
    };
  }

  /**
   * A wrapper that passes everything on; override what you change.
   */
  abstract class Forwarding implements TextSink {
    /** The sink this one wraps. */
    protected final TextSink downstream;

    /** @param downstream the sink to wrap */
    protected Forwarding(TextSink downstream) {
      this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    @Override
    public void onText(String delta) {
      downstream.onText(delta);
    }

    @Override
    public void onDiscard(String reason) {
      downstream.onDiscard(reason);
    }
  }
}
