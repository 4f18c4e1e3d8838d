package dev.agentruntime.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.store.file.JsonlAuditLog;
import dev.agentruntime.testing.contract.AuditLogContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit contract on a JSON Lines file, tampered with by editing the file. */
class JsonlAuditLogTest extends AuditLogContract {

  @TempDir
  Path dir;
  private Path file;

  @Override
  protected AuditLog createLog() {
    file = dir.resolve("audit-" + UUID.randomUUID() + ".jsonl");
    return new JsonlAuditLog(file);
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private void write(List<String> lines) throws Exception {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  @Override
  protected Tamperer tamper() {
    return new Tamperer() {
      @Override
      public void changeOutcome(long seq, String outcome) throws Exception {
        List<String> l = lines();
        l.set((int) seq, l.get((int) seq).replaceFirst("\"outcome\":\"[^\"]*\"", "\"outcome\":\"" + outcome + "\""));
        write(l);
      }

      @Override
      public void remove(long seq) throws Exception {
        List<String> l = lines();
        l.remove((int) seq);
        write(l);
      }

      @Override
      public void swap(long a, long b) throws Exception {
        List<String> l = lines();
        Collections.swap(l, (int) a, (int) b);
        write(l);
      }
    };
  }

  @Test
  void aReopenedFileContinuesTheChainAndARemovedTailIsFound() throws Exception {
    log.append(new AuditEvent("tool_call", "a", "ok", null, "r", null, null, null, null));
    JsonlAuditLog reopened = new JsonlAuditLog(file);
    assertThat(reopened.append(new AuditEvent("tool_call", "b", "ok", null, "r", null, null, null, null)).seq()).isEqualTo(1);
    assertThat(reopened.verify().intact()).isTrue();
    List<String> l = lines();
    l.remove(1);
    write(l);
    assertThat(reopened.verify().intact()).isFalse();
    assertThat(Files.readString(file)).doesNotContain("sk-");
  }

  private static AuditEvent event(String outcome) {
    return new AuditEvent("tool_call", "refund", outcome, null, "run-1", null, "alice", null, null);
  }

  /**
   * An append cut short (a full disk, a crash mid-write) leaves part of a line, never acknowledged:
   * the log still opens, keeps every record it acknowledged, and appends after them.
   */
  @Test
  void aTornLastLineLosesNoAcknowledgedRecord() throws Exception {
    AuditLog log = createLog();
    log.append(event("ok"));
    log.append(event("ok"));
    Files.write(file, "{\"seq\":2,\"at\":\"2026-".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
    JsonlAuditLog reopened = new JsonlAuditLog(file);
    assertThat(reopened.read(0, 10)).hasSize(2);
    reopened.append(event("after"));
    assertThat(reopened.read(0, 10)).extracting(r -> r.event().outcome()).containsExactly("ok", "ok", "after");
    assertThat(reopened.verify().intact()).isTrue();
    assertThat(new JsonlAuditLog(file).verify().intact()).isTrue();
  }

  /** A complete last record whose newline is missing is kept, not taken for a torn one. */
  @Test
  void aLastRecordWithoutItsNewlineIsKept() throws Exception {
    AuditLog log = createLog();
    log.append(event("one"));
    log.append(event("two"));
    byte[] all = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(all, all.length - 1));
    JsonlAuditLog reopened = new JsonlAuditLog(file);
    reopened.append(event("three"));
    assertThat(reopened.read(0, 10)).extracting(r -> r.event().outcome()).containsExactly("one", "two", "three");
    assertThat(new JsonlAuditLog(file).verify().intact()).isTrue();
  }
}
