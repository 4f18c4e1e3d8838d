package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.ledger.CostReport;
import dev.agentruntime.cost.ledger.InMemoryCostLedger;
import dev.agentruntime.cost.ledger.RunCostRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static CostRecord rec(String day, String tenant, String user, String model, String usd) {
    return new CostRecord(Instant.parse(day + "T10:00:00Z"), LocalDate.parse(day), "r", null, user, tenant,
        "openai", model, new TokenUsage(100, 10, 20, 0, 5), new BigDecimal(usd));
  }

  @Test
  void groupsByTenantUserModelAndDayWithTopConsumersAndAveragePerRun() throws Exception {
    InMemoryCostLedger ledger = new InMemoryCostLedger();
    ledger.record(rec("2026-03-10", "acme", "alice", "gpt-4o", "0.30"));
    ledger.record(rec("2026-03-10", "acme", "alice", "gpt-4o-mini", "0.000001"));
    ledger.record(rec("2026-03-11", "acme", "bob", "gpt-4o", "1.25"));
    ledger.record(rec("2026-03-11", "globex", "carol, \"the boss\"", "claude-sonnet-4-5", "0.5"));
    ledger.record(rec("2026-03-12", "acme", "alice", "gpt-4o", "9")); // outside the period
    ledger.recordRun(new RunCostRecord(LocalDate.parse("2026-03-10"), "r1", "alice", "acme", new BigDecimal("0.300001")));
    ledger.recordRun(new RunCostRecord(LocalDate.parse("2026-03-11"), "r2", "bob", "acme", new BigDecimal("1.25")));
    ledger.recordRun(new RunCostRecord(LocalDate.parse("2026-03-11"), "r3", "carol", "globex", new BigDecimal("0.5")));

    CostReport r = ledger.report(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"), 2);
    assertThat(r.total().costUsd()).isEqualByComparingTo("2.050001");
    assertThat(r.total().calls()).isEqualTo(4);
    assertThat(r.total().inputTokens()).isEqualTo(400);
    assertThat(r.total().reasoningTokens()).isEqualTo(20);
    assertThat(r.runs()).isEqualTo(3);
    assertThat(r.averageCostPerRunUsd()).isEqualByComparingTo("0.683333666667");
    assertThat(r.byTenant()).extracting(CostReport.Line::key, CostReport.Line::costUsd)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", new BigDecimal("1.550001")),
            org.assertj.core.groups.Tuple.tuple("globex", new BigDecimal("0.5")));
    assertThat(r.byModel()).extracting(CostReport.Line::key).containsExactly("claude-sonnet-4-5", "gpt-4o", "gpt-4o-mini");
    assertThat(r.byDay()).extracting(CostReport.Line::key).containsExactly("2026-03-10", "2026-03-11");
    assertThat(r.topConsumers()).extracting(CostReport.Line::key).containsExactly("acme/bob", "globex/carol, \"the boss\"");

    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertThat(json.path("total").path("cost_usd").decimalValue()).isEqualByComparingTo("2.050001");
    assertThat(json.path("by_user")).hasSize(3);
    assertThat(json.path("top_consumers").get(0).path("key").asText()).isEqualTo("acme/bob");
    assertThat(r.toJson()).doesNotContain("E-"); // plain decimals, never scientific notation

    String csv = r.toCsv();
    String[] lines = csv.split("\n");
    assertThat(lines[0]).isEqualTo("dimension,key,calls,input_tokens,output_tokens,cached_input_tokens,reasoning_tokens,cost_usd");
    assertThat(lines[1]).isEqualTo("total,total,4,400,40,80,20,2.050001");
    assertThat(csv).contains("model,gpt-4o-mini,1,100,10,20,5,0.000001");
    assertThat(csv).contains("user,\"globex/carol, \"\"the boss\"\"\",1,");
  }
}
