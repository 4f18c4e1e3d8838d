package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.audit.AuditChain;
import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditInterceptor;
import dev.agentruntime.core.audit.AuditRecord;
import dev.agentruntime.core.audit.InMemoryAuditLog;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest {

  private static List<AuditRecord> chain(int n) {
    List<AuditRecord> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 0; i < n; i++) {
      AuditRecord r = AuditChain.link(i, Instant.ofEpochSecond(1_700_000_000L + i),
          new AuditEvent("tool_call", "t" + i, "ok", null, "run", null, "alice", null, null), prev);
      out.add(r);
      prev = r.hash();
    }
    return out;
  }

  @Test
  void verifyFindsChangedRemovedAndReorderedRecords() {
    assertThat(AuditChain.verify(chain(4)).intact()).isTrue();

    List<AuditRecord> changed = chain(4);
    AuditRecord r = changed.get(2);
    changed.set(2, new AuditRecord(r.seq(), r.at(), new AuditEvent("tool_call", "t2", "error", null, "run", null,
        "alice", null, null), r.previousHash(), r.hash()));
    assertThat(AuditChain.verify(changed).firstBadSeq()).isEqualTo(2);
    assertThat(AuditChain.verify(changed).problem()).contains("changed");

    List<AuditRecord> removed = chain(4);
    removed.remove(1);
    assertThat(AuditChain.verify(removed).firstBadSeq()).isEqualTo(1);

    List<AuditRecord> reordered = chain(4);
    Collections.swap(reordered, 1, 2);
    assertThat(AuditChain.verify(reordered).intact()).isFalse();

    // re-numbered after a removal: the chain link still breaks
    List<AuditRecord> renumbered = chain(4);
    AuditRecord third = renumbered.get(2);
    renumbered.remove(1);
    renumbered.set(1, AuditChain.link(1, third.at(), third.event(), third.previousHash()));
    assertThat(AuditChain.verify(renumbered).intact()).isFalse();
  }

  @Test
  void aRunLeavesToolCallsWithHashedArgumentsAndNoSecretText() {
    InMemoryAuditLog log = new InMemoryAuditLog();
    Tool lookup = Tool.builder("lookup_order").handler(inv -> "shipped to jane@example.com").build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("lookup_order", "{\"id\":42,\"token\":\"sk-live-abcdef\"}").thenRespond("done").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(lookup)
        .interceptor(new AuditInterceptor(log, () -> "trace-1")).build()) {
      rt.run("where is 42", RunOptions.builder().sessionId("s").userId("alice").tenantId("acme").build());
    }
    List<AuditRecord> records = log.read(0, 10);
    assertThat(records).extracting(x -> x.event().action()).containsExactly("tool_call", "run_completed");
    AuditEvent call = records.get(0).event();
    assertThat(call.subject()).isEqualTo("lookup_order");
    assertThat(call.outcome()).isEqualTo("ok");
    assertThat(call.argumentsHash()).isEqualTo(AuditChain.sha256Hex("{\"id\":42,\"token\":\"sk-live-abcdef\"}"));
    assertThat(call.userId()).isEqualTo("alice");
    assertThat(call.tenantId()).isEqualTo("acme");
    assertThat(call.sessionId()).isEqualTo("s");
    assertThat(call.traceId()).isEqualTo("trace-1");
    assertThat(records.toString()).doesNotContain("sk-live").doesNotContain("jane@");
    assertThat(log.verify().intact()).isTrue();
  }
}
