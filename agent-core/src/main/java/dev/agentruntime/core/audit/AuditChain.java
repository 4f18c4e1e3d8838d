package dev.agentruntime.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain every {@link AuditLog} uses: each record's hash is SHA-256 over its position,
 * time, every field of its event and the previous record's hash, each field length-prefixed so no
 * two different records hash alike. Changing, removing or reordering a record breaks the chain
 * from that record on.
 */
public final class AuditChain {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * @param seq the record's position
   * @param at its time
   * @param e its event
   * @param previousHash the previous record's hash
   * @return the record's hash (hex)
   */
  public static String hash(long seq, Instant at, AuditEvent e, String previousHash) {
    MessageDigest md = sha256();
    StringBuilder b = new StringBuilder(256);
    field(b, Long.toString(seq));
    field(b, at.toString());
    field(b, e.action());
    field(b, e.subject());
    field(b, e.outcome());
    field(b, e.argumentsHash());
    field(b, e.runId());
    field(b, e.sessionId());
    field(b, e.userId());
    field(b, e.tenantId());
    field(b, e.traceId());
    field(b, previousHash);
    return HexFormat.of().formatHex(md.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * @param seq position
   * @param at time
   * @param e event
   * @param previousHash previous hash
   * @return the chained record
   */
  public static AuditRecord link(long seq, Instant at, AuditEvent e, String previousHash) {
    return new AuditRecord(seq, at, e, previousHash, hash(seq, at, e, previousHash));
  }

  /**
   * @param records a log's records in the order it returns them
   * @return whether the chain is intact, and where it breaks
   */
  public static AuditVerification verify(Iterable<AuditRecord> records) {
    String prev = GENESIS;
    long expected = 0;
    for (AuditRecord r : records) {
      if (r.seq() != expected) {
        return AuditVerification.broken(expected, expected,
            r.seq() > expected ? "record " + expected + " is missing" : "record " + r.seq() + " is out of order");
      }
      if (!r.previousHash().equals(prev)) {
        return AuditVerification.broken(expected, r.seq(), "record " + r.seq()
            + " does not follow the record before it (removed, reordered or changed)");
      }
      if (!hash(r.seq(), r.at(), r.event(), r.previousHash()).equals(r.hash())) {
        return AuditVerification.broken(expected, r.seq(), "record " + r.seq() + " was changed");
      }
      prev = r.hash();
      expected++;
    }
    return AuditVerification.ok(expected);
  }

  /**
   * @param text text to fingerprint (tool arguments)
   * @return its SHA-256, hex
   */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void field(StringBuilder b, String v) {
    if (v == null) {
      b.append("-1:");
    } else {
      b.append(v.length()).append(':').append(v);
    }
    b.append('|');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
