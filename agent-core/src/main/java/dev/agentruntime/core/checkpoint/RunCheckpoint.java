package dev.agentruntime.core.checkpoint;

import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run's last checkpoint: what it was started with, its journal and its status.
 *
 * @param header what the run was started with
 * @param entries the journal, in order
 * @param status where it stands
 */
public record RunCheckpoint(RunHeader header, List<JournalEntry> entries, RunStatus status) {
  /**
   * Validates and copies.
   *
   * @param header what the run was started with
   * @param entries the journal, in order
   * @param status where it stands
   */
  public RunCheckpoint {
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
    Objects.requireNonNull(status, "status");
  }

  /** @return tokens used by the model calls journaled so far (the run's cost so far) */
  public TokenUsage usage() {
    TokenUsage u = TokenUsage.ZERO;
    for (JournalEntry e : entries) {
      u = u.plus(e.usage());
    }
    return u;
  }

  /** @return model calls journaled */
  public int modelCalls() {
    return (int) entries.stream().filter(e -> e.kind() == JournalEntry.Kind.MODEL_RESPONSE).count();
  }

  /** @return tool calls the last model response asked for that have no journaled result yet */
  public List<ToolCall> pendingToolCalls() {
    Set<String> done = new HashSet<>();
    JournalEntry lastModel = null;
    for (JournalEntry e : entries) {
      if (e.kind() == JournalEntry.Kind.MODEL_RESPONSE) {
        lastModel = e;
        done.clear();
      } else if (e.kind() == JournalEntry.Kind.TOOL_RESULT) {
        done.add(e.callKey());
      }
    }
    List<ToolCall> pending = new ArrayList<>();
    if (lastModel != null) {
      for (ToolCall c : lastModel.message().toolCalls()) {
        if (!done.contains(DurableRuns.callKey(c))) {
          pending.add(c);
        }
      }
    }
    return pending;
  }
}
