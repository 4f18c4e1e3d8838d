package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import dev.agentruntime.guardrails.tools.ApprovalDecision;
import dev.agentruntime.guardrails.tools.ArgumentRule;
import dev.agentruntime.guardrails.tools.ToolPolicyGuardrail;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ToolPolicyGuardrailTest {

  private static GuardrailDecision call(ToolPolicyGuardrail g, String tool, String args) throws Exception {
    return g.evaluate(new GuardrailSubject(GuardrailPoint.TOOL_CALL, args, tool, null));
  }

  @Test
  void allowAndDenyLists() throws Exception {
    ToolPolicyGuardrail g = ToolPolicyGuardrail.builder().allow("search", "lookup").build();
    assertThat(call(g, "search", "{}")).isEqualTo(GuardrailDecision.pass());
    assertThat(call(g, "delete", "{}")).isInstanceOf(GuardrailDecision.Block.class);
    ToolPolicyGuardrail d = ToolPolicyGuardrail.builder().deny("delete").build();
    assertThat(call(d, "search", "{}")).isEqualTo(GuardrailDecision.pass());
    assertThat(((GuardrailDecision.Block) call(d, "delete", "{}")).reason()).contains("denied");
    assertThatThrownBy(() -> ToolPolicyGuardrail.builder().allow("x").deny("x").build()).hasMessageContaining("'x'");
  }

  @Test
  void argumentRules() throws Exception {
    ToolPolicyGuardrail g = ToolPolicyGuardrail.builder()
        .rule("refund", ArgumentRule.range("amount", 0, 100))
        .rule("refund", ArgumentRule.required("order"))
        .rule("mail", ArgumentRule.forbiddenValues("to", "ceo@example.com"))
        .rule("mail", ArgumentRule.matches("to", "[^@]+@example\\.com"))
        .rule("read", ArgumentRule.pathPrefix("path", "/srv/data"))
        .rule("sql", ArgumentRule.forbiddenPattern("query", "(?i)\\b(drop|truncate)\\b"))
        .build();
    assertThat(call(g, "refund", "{\"amount\": 50, \"order\": 1}")).isEqualTo(GuardrailDecision.pass());
    assertThat(call(g, "refund", "{\"amount\": 500, \"order\": 1}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "refund", "{\"amount\": \"abc\", \"order\": 1}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "refund", "{\"amount\": 5}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "mail", "{\"to\": \"CEO@example.com\"}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "mail", "{\"to\": \"x@evil.com\"}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "mail", "{\"to\": \"ann@example.com\"}")).isEqualTo(GuardrailDecision.pass());
    assertThat(call(g, "read", "{\"path\": \"/srv/data/a.txt\"}")).isEqualTo(GuardrailDecision.pass());
    assertThat(call(g, "read", "{\"path\": \"/srv/data/../../etc/passwd\"}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "read", "{\"path\": \"/srv/database\"}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "sql", "{\"query\": \"select 1; DROP table x\"}")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "sql", "not json")).isInstanceOf(GuardrailDecision.Block.class);
    assertThat(call(g, "other", "not json")).isEqualTo(GuardrailDecision.pass());
  }

  /**
   * A wait for a human that is interrupted (the run was cancelled or ran out of time) withdraws the
   * request: nobody is left to approve a call that will never happen.
   */
  @Test
  void anInterruptedWaitForApprovalWithdrawsTheRequest() throws Exception {
    CompletableFuture<ApprovalDecision> pending = new CompletableFuture<>();
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    ToolPolicyGuardrail g = ToolPolicyGuardrail.builder()
        .requireApproval(r -> { asked.countDown(); return pending; }, Duration.ofMinutes(5), "wire").build();
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
    Thread waiting = new Thread(() -> {
      try {
        call(g, "wire", "{}");
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    waiting.start();
    assertThat(asked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    waiting.interrupt();
    waiting.join(10_000);
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(pending).as("the request the handler holds").isCancelled();
  }

  @Test
  void humanApprovalApprovesDeniesAndTimesOut() throws Exception {
    ToolPolicyGuardrail approving = ToolPolicyGuardrail.builder()
        .requireApproval(r -> CompletableFuture.completedFuture(ApprovalDecision.approve()), Duration.ofSeconds(1), "wire")
        .build();
    assertThat(call(approving, "wire", "{}")).isEqualTo(GuardrailDecision.pass());

    ToolPolicyGuardrail denying = ToolPolicyGuardrail.builder()
        .requireApproval(r -> CompletableFuture.completedFuture(ApprovalDecision.deny("too much: " + r.arguments())),
            Duration.ofSeconds(1), "wire")
        .build();
    assertThat(((GuardrailDecision.Block) call(denying, "wire", "{\"eur\":9}")).reason()).contains("too much");

    CompletableFuture<ApprovalDecision> never = new CompletableFuture<>();
    ToolPolicyGuardrail slow = ToolPolicyGuardrail.builder()
        .requireApproval(r -> never, Duration.ofMillis(50), "wire").build();
    long t0 = System.nanoTime();
    assertThat(((GuardrailDecision.Block) call(slow, "wire", "{}")).reason()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    assertThat(call(slow, "search", "{}")).isEqualTo(GuardrailDecision.pass());

    ToolPolicyGuardrail lenient = ToolPolicyGuardrail.builder()
        .requireApproval(r -> new CompletableFuture<>(), Duration.ofMillis(20), "wire").approveOnTimeout(true).build();
    assertThat(call(lenient, "wire", "{}")).isInstanceOf(GuardrailDecision.Warn.class);
  }

  @Test
  void perRunQuotasCountOnlyCallsThatWereAllowed() {
    dev.agentruntime.core.tool.Tool charge = dev.agentruntime.core.tool.Tool.builder("charge").description("c")
        .handler(inv -> "ok").build();
    dev.agentruntime.core.testing.ScriptedModelClient model = dev.agentruntime.core.testing.ScriptedModelClient.builder()
        .thenCallTool("charge", "{}").thenCallTool("charge", "{}").thenCallTool("charge", "{}")
        .thenRespond(r -> String.valueOf(r.messages().stream()
            .filter(m -> m instanceof dev.agentruntime.core.model.ToolResultMessage t && t.isError()).count()))
        .build();
    dev.agentruntime.core.AgentRuntime runtime = dev.agentruntime.core.AgentRuntime.builder().model(model).tools(charge)
        .interceptor(GuardrailsInterceptor.of(GuardrailChain.builder()
            .add(ToolPolicyGuardrail.builder().maxCallsPerRun("charge", 2).build()).build()))
        .build();
    // two calls pass, the third is refused; a second run has its own quota
    assertThat(runtime.run("charge thrice").output()).isEqualTo("1");
    assertThat(runtime.run("charge thrice again").output()).isEqualTo("1");
  }
}
