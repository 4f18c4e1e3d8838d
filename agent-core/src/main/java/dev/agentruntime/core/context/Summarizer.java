package dev.agentruntime.core.context;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.ChatMessage;
import java.util.List;

/**
 * Turns the oldest turns of a conversation into one short summary. The built-in
 * {@link ModelSummarizer} asks a (cheaper) model through the run's chain, so the call is traced
 * and budgeted like any other.
 */
@FunctionalInterface
public interface Summarizer {
  /**
   * @param messages the turns to summarise, oldest first
   * @param run the run the summary is for (call models through {@code run.model()})
   * @return the summary text
   * @throws Exception when summarising failed (the policy then drops the turns instead)
   */
  String summarize(List<ChatMessage> messages, RunContext run) throws Exception;
}
