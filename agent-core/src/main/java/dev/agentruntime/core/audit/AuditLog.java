package dev.agentruntime.core.audit;

import java.util.List;

/**
 * An append-only, hash-chained audit trail. Implementations chain records with
 * {@link AuditChain}; appends from many threads are serialised so the chain is one line.
 * Implementations: {@link InMemoryAuditLog}, a JSONL file and JDBC in {@code agent-store-jdbc};
 * each passes {@code AuditLogContract}. Failures of the backing store surface as
 * {@link dev.agentruntime.core.store.StoreException} and lose no record already acknowledged.
 */
public interface AuditLog {

  /**
   * @param event what happened
   * @return the record as appended (with its position and hash)
   */
  AuditRecord append(AuditEvent event);

  /**
   * @param fromSeq the first position to return
   * @param limit the most records to return
   * @return records in order
   */
  List<AuditRecord> read(long fromSeq, int limit);

  /** @return whether the whole log is intact (no record changed, removed or reordered) */
  AuditVerification verify();
}
