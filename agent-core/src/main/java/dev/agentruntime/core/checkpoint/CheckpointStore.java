package dev.agentruntime.core.checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * Durable run state: a header per run and an append-only journal keyed by (run id, sequence
 * number). Appends are idempotent on retry (the same entry at the same position is a no-op), so a
 * write whose acknowledgement was lost can be retried. Implementations: {@link InMemoryCheckpointStore},
 * JDBC in {@code agent-store-jdbc}, and Redis ({@code RedisCheckpointStore}, from
 * {@code RedisStores.checkpointStore(namespace)}) in {@code agent-store-redis}; each passes
 * {@code CheckpointStoreContract}. Failures of the
 * backing store surface as {@link dev.agentruntime.core.store.StoreException}.
 */
public interface CheckpointStore {

  /**
   * Records a run's start; a no-op when the run is already recorded (a resumed run).
   *
   * @param header what the run was started with
   */
  void begin(RunHeader header);

  /**
   * Appends one entry to a run's journal.
   *
   * @param runId the run (must have begun)
   * @param entry the entry; its {@code seq} must be the journal's length
   * @throws IllegalStateException when the run was not begun, or another entry holds that position
   */
  void append(String runId, JournalEntry entry);

  /**
   * @param runId the run
   * @return its checkpoint, or empty when unknown
   */
  Optional<RunCheckpoint> load(String runId);

  /**
   * @param runId the run
   * @param status its new status
   */
  void finish(String runId, RunStatus status);

  /** @return ids of runs begun but not completed (running, crashed or failed), oldest first */
  List<String> unfinished();

  /**
   * @param runId the run
   * @return whether it existed
   */
  boolean delete(String runId);
}
