package dev.agentruntime.core.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link CheckpointStore}: this JVM's memory. It survives a failed run, not a crashed
 * process; use the JDBC store to resume in another process.
 */
public final class InMemoryCheckpointStore implements CheckpointStore {

  private static final class Run {
    final RunHeader header;
    final List<JournalEntry> entries = new ArrayList<>();
    RunStatus status = RunStatus.RUNNING;

    Run(RunHeader header) {
      this.header = header;
    }
  }

  private final ConcurrentMap<String, Run> runs = new ConcurrentHashMap<>();

  @Override
  public void begin(RunHeader header) {
    Objects.requireNonNull(header, "header");
    runs.putIfAbsent(header.runId(), new Run(header));
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    Run run = runs.get(requireId(runId));
    Objects.requireNonNull(entry, "entry");
    if (run == null) {
      throw new IllegalStateException("run '" + runId + "' has no checkpoint: call begin first");
    }
    synchronized (run) {
      int size = run.entries.size();
      if (entry.seq() < size) {
        if (run.entries.get((int) entry.seq()).equals(entry)) {
          return; // a retried append
        }
        throw new IllegalStateException("run '" + runId + "' already has journal entry " + entry.seq());
      }
      if (entry.seq() != size) {
        throw new IllegalStateException("run '" + runId + "' journal has " + size + " entries; cannot append seq "
            + entry.seq());
      }
      run.entries.add(entry);
    }
  }

  @Override
  public Optional<RunCheckpoint> load(String runId) {
    Run run = runs.get(requireId(runId));
    if (run == null) {
      return Optional.empty();
    }
    synchronized (run) {
      return Optional.of(new RunCheckpoint(run.header, run.entries, run.status));
    }
  }

  @Override
  public void finish(String runId, RunStatus status) {
    Objects.requireNonNull(status, "status");
    Run run = runs.get(requireId(runId));
    if (run == null) {
      throw new IllegalStateException("run '" + runId + "' has no checkpoint");
    }
    synchronized (run) {
      run.status = status;
    }
  }

  @Override
  public List<String> unfinished() {
    return runs.values().stream().filter(r -> {
      synchronized (r) {
        return r.status != RunStatus.COMPLETED;
      }
    }).sorted(java.util.Comparator.comparing((Run r) -> r.header.startedAt()).thenComparing(r -> r.header.runId()))
        .map(r -> r.header.runId()).toList();
  }

  @Override
  public boolean delete(String runId) {
    return runs.remove(requireId(runId)) != null;
  }

  private static String requireId(String runId) {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be null or blank");
    }
    return runId;
  }
}
