package dev.agentruntime.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of the audit log: an event, its place in the log, and its link in the hash chain.
 *
 * @param seq its position, from 0, gap-free
 * @param at when it was appended
 * @param event what happened
 * @param previousHash the previous record's hash ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over this record's fields and {@code previousHash}
 */
public record AuditRecord(long seq, Instant at, AuditEvent event, String previousHash, String hash) {
  /**
   * Validates.
   *
   * @param seq its position, from 0, gap-free
   * @param at when it was appended
   * @param event what happened
   * @param previousHash the previous record's hash ({@link AuditChain#GENESIS} for the first)
   * @param hash SHA-256 over this record's fields and {@code previousHash}
   */
  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
