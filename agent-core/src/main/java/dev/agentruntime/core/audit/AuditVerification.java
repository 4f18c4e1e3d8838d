package dev.agentruntime.core.audit;

import org.jspecify.annotations.Nullable;
/**
 * The outcome of {@link AuditLog#verify()}.
 *
 * @param intact whether every record is unchanged, none is missing and none is out of order
 * @param records how many records were checked
 * @param firstBadSeq the position of the first broken record, or -1 when intact
 * @param problem what is wrong with it, or null when intact
 */
public record AuditVerification(boolean intact, long records, long firstBadSeq, @Nullable String problem) {
  /**
   * @param records records checked
   * @return an intact result
   */
  public static AuditVerification ok(long records) {
    return new AuditVerification(true, records, -1, null);
  }

  /**
   * @param records records checked
   * @param seq the first broken record's position
   * @param problem what is wrong
   * @return a broken result
   */
  public static AuditVerification broken(long records, long seq, String problem) {
    return new AuditVerification(false, records, seq, problem);
  }
}
