package dev.agentruntime.testing.contract;

import org.jspecify.annotations.Nullable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentruntime.core.audit.AuditChain;
import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.audit.AuditRecord;
import dev.agentruntime.core.audit.AuditVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditLog} must pass: gap-free chained appends (also from many threads),
 * exact round trips, and {@code verify()} finding a changed, removed or reordered record. Each test
 * gets a fresh, empty log from {@link #createLog()}. The tampering tests need the implementation to
 * reach behind the log ({@link #tamper()}); they are skipped when it returns null.
 */
public abstract class AuditLogContract {

  /** Reaches behind a log to change it as an attacker with access to the storage would. */
  public interface Tamperer {
    /**
     * @param seq position of the record to change
     * @param outcome the new outcome written in place
     * @throws Exception when it fails
     */
    void changeOutcome(long seq, String outcome) throws Exception;

    /**
     * @param seq position of the record to remove
     * @throws Exception when it fails
     */
    void remove(long seq) throws Exception;

    /**
     * Swaps two records' contents, keeping each position's number.
     *
     * @param a one position
     * @param b another
     * @throws Exception when it fails
     */
    void swap(long a, long b) throws Exception;
  }

  /** The log under test. */
  protected AuditLog log;

  /**
   * @return a fresh, empty log
   * @throws Exception when it cannot be created
   */
  protected abstract AuditLog createLog() throws Exception;

  /** @return a tamperer for the log under test, or null when the storage cannot be reached */
  protected @Nullable Tamperer tamper() {
    return null;
  }

  /** Creates the log. */
  @BeforeEach
  void createLogUnderTest() throws Exception {
    log = createLog();
  }

  private static AuditEvent tool(int i) {
    return new AuditEvent("tool_call", "lookup_order", i % 3 == 0 ? "error" : "ok",
        AuditChain.sha256Hex("{\"id\":" + i + "}"), "run-" + i, "chat-7", "alice", "acme",
        "4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void appendsAreChainedAndRoundTripExactly() {
    List<AuditRecord> appended = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      appended.add(log.append(tool(i)));
    }
    appended.add(log.append(new AuditEvent("guardrail", "pii@input", "rewrite", null, "run-9", null, null, null, null)));
    assertThat(appended.get(0).seq()).isZero();
    assertThat(appended.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    for (int i = 1; i < appended.size(); i++) {
      assertThat(appended.get(i).seq()).isEqualTo(i);
      assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
    }
    assertThat(log.read(0, 100)).containsExactlyElementsOf(appended);
    assertThat(log.read(2, 2)).containsExactlyElementsOf(appended.subList(2, 4));
    assertThat(log.read(50, 10)).isEmpty();
    assertThat(log.verify()).isEqualTo(AuditVerification.ok(6));
  }

  @Test
  void emptyLogIsIntact() {
    assertThat(log.verify()).isEqualTo(AuditVerification.ok(0));
  }

  @Test
  void concurrentAppendsFormOneUnbrokenChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            log.append(tool(base + i));
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(log.verify()).isEqualTo(AuditVerification.ok(100));
    assertThat(log.read(0, 1000)).hasSize(100);
  }

  @Test
  void verifyFindsAChangedRecord() throws Exception {
    Tamperer t = tamper();
    assumeTrue(t != null, "the storage of this log cannot be reached");
    for (int i = 0; i < 5; i++) {
      log.append(tool(i));
    }
    t.changeOutcome(2, "ok-forged");
    AuditVerification v = log.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadSeq()).isEqualTo(2);
  }

  @Test
  void verifyFindsARemovedRecord() throws Exception {
    Tamperer t = tamper();
    assumeTrue(t != null, "the storage of this log cannot be reached");
    for (int i = 0; i < 5; i++) {
      log.append(tool(i));
    }
    t.remove(1);
    AuditVerification v = log.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadSeq()).isEqualTo(1);
  }

  @Test
  void verifyFindsReorderedRecords() throws Exception {
    Tamperer t = tamper();
    assumeTrue(t != null, "the storage of this log cannot be reached");
    for (int i = 0; i < 5; i++) {
      log.append(tool(i));
    }
    t.swap(1, 3);
    AuditVerification v = log.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadSeq()).isEqualTo(1);
  }

  @Test
  void badInputIsRejectedByName() {
    assertThatThrownBy(() -> log.append(null)).hasMessageContaining("event");
    assertThatThrownBy(() -> log.read(-1, 5)).hasMessageContaining("fromSeq");
    assertThat(log.verify().records()).isZero();
  }
}
