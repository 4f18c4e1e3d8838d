package dev.agentruntime.core.context;

import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ToolCall;
import java.util.List;

/**
 * Counts the tokens a message takes in a model's context. Core has no tokenizer: plug in a real
 * one (for example {@code agent-cost}'s estimator, {@code estimator::countMessageTokens}); the
 * {@linkplain #approximate() default} is a conservative character-based estimate.
 */
@FunctionalInterface
public interface TokenCounter {

  /**
   * @param message a message
   * @return the tokens it takes, including per-message overhead; never negative
   */
  int count(ChatMessage message);

  /**
   * @param messages messages
   * @return the tokens they take together
   */
  default long count(List<? extends ChatMessage> messages) {
    long total = 0;
    for (ChatMessage m : messages) {
      total += count(m);
    }
    return total;
  }

  /**
   * One token per three characters (rounded up) plus four per message and per tool call: an
   * over-estimate for English and code with common BPE tokenizers, so a window it fills is not
   * overrun.
   *
   * @return the estimate
   */
  static TokenCounter approximate() {
    return m -> {
      long chars = m.text().length();
      int calls = 0;
      if (m instanceof AssistantMessage a) {
        for (ToolCall c : a.toolCalls()) {
          chars += c.name().length() + c.arguments().length() + (c.id() == null ? 0 : c.id().length());
          calls++;
        }
      }
      return (int) Math.min(Integer.MAX_VALUE, 4 + 4L * calls + (chars + 2) / 3);
    };
  }
}
