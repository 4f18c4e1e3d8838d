package dev.agentruntime.core.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An {@link AuditLog} in this JVM's memory (for tests and development). */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditRecord> records = new ArrayList<>();
  private final Clock clock;

  /** A log on the system clock. */
  public InMemoryAuditLog() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the clock for record times
   */
  public InMemoryAuditLog(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    String prev = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
    AuditRecord r = AuditChain.link(records.size(), clock.instant(), event, prev);
    records.add(r);
    return r;
  }

  @Override
  public synchronized List<AuditRecord> read(long fromSeq, int limit) {
    if (fromSeq < 0 || limit < 0) {
      throw new IllegalArgumentException("fromSeq and limit must be >= 0, were " + fromSeq + " and " + limit);
    }
    if (fromSeq >= records.size()) {
      return List.of();
    }
    return List.copyOf(records.subList((int) fromSeq, (int) Math.min(records.size(), fromSeq + limit)));
  }

  @Override
  public synchronized AuditVerification verify() {
    return AuditChain.verify(new ArrayList<>(records));
  }
}
