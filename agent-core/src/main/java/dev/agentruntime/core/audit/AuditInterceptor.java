package dev.agentruntime.core.audit;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.GuardrailTriggered;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Writes the audit trail of every run to an {@link AuditLog}: each tool call (name, SHA-256 of the
 * arguments, outcome), each guardrail decision (guardrail, point, action — never the text), budget
 * refusals, limits, and how the run ended, with run, session, user, tenant and trace ids.
 *
 * <p>It sits in the {@code TELEMETRY} stage, outermost, so it sees what the caller sees. An audit
 * log that cannot be written fails the run (an action that cannot be audited is not taken).
 */
public final class AuditInterceptor implements AgentInterceptor, AgentEventListener {

  private record Who(String sessionId, String userId, String tenantId) {}

  private final AuditLog log;
  private final Supplier<String> traceId;
  private final Map<String, Who> runs = new ConcurrentHashMap<>();

  /**
   * @param log where records go
   * @param traceId supplies the current trace id (for example
   *     {@code () -> Span.current().getSpanContext().getTraceId()}), or returns null
   */
  public AuditInterceptor(AuditLog log, @Nullable Supplier<String> traceId) {
    this.log = Objects.requireNonNull(log, "log");
    this.traceId = Objects.requireNonNull(traceId, "traceId");
  }

  /**
   * @param log where records go
   */
  public AuditInterceptor(AuditLog log) {
    this(log, () -> null);
  }

  @Override
  public Stage stage() {
    return Stage.TELEMETRY;
  }

  private AuditEvent event(RunView ctx, String action, String subject, String outcome, String argsHash) {
    return new AuditEvent(action, subject, outcome, argsHash, ctx.runId(), ctx.sessionId(), ctx.userId(),
        ctx.tenantId(), traceId.get());
  }

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    runs.put(ctx.runId(), new Who(ctx.sessionId(), ctx.userId(), ctx.tenantId()));
    try {
      AgentResult r = chain.proceed(chain.input());
      log.append(event(ctx, "run_completed", null, r.stopReason().name().toLowerCase(java.util.Locale.ROOT), null));
      return r;
    } catch (Exception e) {
      String action = e instanceof BudgetExceededException ? "budget_refused"
          : e instanceof GuardrailViolationException ? "guardrail_blocked"
          : e instanceof LimitExceededException ? "limit_exceeded" : "run_failed";
      log.append(event(ctx, action, null, e.getClass().getSimpleName(), null));
      throw e;
    } finally {
      runs.remove(ctx.runId());
    }
  }

  @Override
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    RunView ctx = chain.context();
    ToolCall call = chain.call();
    String hash = AuditChain.sha256Hex(call.arguments());
    try {
      ToolResult r = chain.proceed(call);
      log.append(event(ctx, "tool_call", call.name(), r.isError() ? "error" : "ok", hash));
      return r;
    } catch (Exception e) {
      log.append(event(ctx, "tool_call", call.name(), "failed:" + e.getClass().getSimpleName(), hash));
      throw e;
    }
  }

  @Override
  public void onEvent(AgentEvent event) {
    Who who = runs.getOrDefault(event.runId(), new Who(null, null, null));
    if (event instanceof GuardrailTriggered g) {
      String action = "approval".equalsIgnoreCase(g.guardrail()) || "approve".equalsIgnoreCase(g.action())
          || "deny".equalsIgnoreCase(g.action()) ? "approval" : "guardrail";
      log.append(new AuditEvent(action, g.guardrail() + "@" + g.point(), g.action(), null, g.runId(),
          who.sessionId(), who.userId(), who.tenantId(), traceId.get()));
    } else if (event instanceof LimitReached l) {
      log.append(new AuditEvent("limit_reached", l.limit().name().toLowerCase(java.util.Locale.ROOT),
          l.graceful() ? "stopped_gracefully" : "failed", null, l.runId(), who.sessionId(), who.userId(),
          who.tenantId(), traceId.get()));
    }
  }
}
