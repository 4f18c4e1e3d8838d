package dev.agentruntime.guardrails.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides which tool calls may run, at {@link GuardrailPoint#TOOL_CALL}: an allowlist and a
 * denylist of tool names, per-tool argument rules ({@link ArgumentRule}), per-run call quotas, and
 * a human-approval hook for dangerous tools that approves, denies or times out (a timeout denies
 * by default). Checks run in that order; approval is asked last, only for calls that pass
 * everything else.
 */
public final class ToolPolicyGuardrail implements Guardrail {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RunLocal<ConcurrentHashMap<String, AtomicInteger>> COUNTS =
      RunLocal.withInitial("agent_runtime.guardrails.tool_quota_counts", ConcurrentHashMap::new);

  private final String name;
  private final Set<String> allowed;
  private final Set<String> denied;
  private final Map<String, List<ArgumentRule>> rules;
  private final Map<String, Integer> quotas;
  private final Set<String> approvalTools;
  private final ApprovalHandler approvals;
  private final Duration approvalTimeout;
  private final boolean approveOnTimeout;

  private ToolPolicyGuardrail(Builder b) {
    this.name = b.name;
    this.allowed = Set.copyOf(b.allowed);
    this.denied = Set.copyOf(b.denied);
    Map<String, List<ArgumentRule>> r = new HashMap<>();
    b.rules.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.rules = Map.copyOf(r);
    this.quotas = Map.copyOf(b.quotas);
    this.approvalTools = Set.copyOf(b.approvalTools);
    this.approvals = b.approvals;
    this.approvalTimeout = b.approvalTimeout;
    this.approveOnTimeout = b.approveOnTimeout;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<GuardrailPoint> points() {
    return EnumSet.of(GuardrailPoint.TOOL_CALL);
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) throws Exception {
    String tool = subject.toolName();
    if (tool == null) {
      return GuardrailDecision.pass();
    }
    if (denied.contains(tool)) {
      return GuardrailDecision.block("tool '" + tool + "' is denied by policy");
    }
    if (!allowed.isEmpty() && !allowed.contains(tool)) {
      return GuardrailDecision.block("tool '" + tool + "' is not on the allowlist");
    }
    List<ArgumentRule> toolRules = rules.get(tool);
    if (toolRules != null && !toolRules.isEmpty()) {
      JsonNode args;
      try {
        args = JSON.readTree(subject.text());
      } catch (JsonProcessingException e) {
        return GuardrailDecision.block("arguments of '" + tool + "' are not valid JSON");
      }
      if (args == null || !args.isObject()) {
        return GuardrailDecision.block("arguments of '" + tool + "' are not a JSON object");
      }
      for (ArgumentRule rule : toolRules) {
        Optional<String> v = rule.violation(args);
        if (v.isPresent()) {
          return GuardrailDecision.block(v.get());
        }
      }
    }
    Integer quota = quotas.get(tool);
    RunView ctx = subject.context();
    AtomicInteger used = null;
    if (quota != null && ctx != null) {
      used = ctx.local(COUNTS)
          .computeIfAbsent(tool, k -> new AtomicInteger());
      if (used.incrementAndGet() > quota) {
        used.decrementAndGet();
        return GuardrailDecision.block("tool '" + tool + "' may be called at most " + quota + " time(s) per run");
      }
    }
    if (approvalTools.contains(tool)) {
      GuardrailDecision d = askApproval(subject, ctx, tool);
      if (!(d instanceof GuardrailDecision.Pass) && used != null) {
        used.decrementAndGet();
      }
      return d;
    }
    return GuardrailDecision.pass();
  }

  private GuardrailDecision askApproval(GuardrailSubject subject, RunView ctx, String tool) throws Exception {
    ApprovalRequest request = new ApprovalRequest(ctx == null ? null : ctx.runId(), ctx == null ? null : ctx.userId(),
        tool, subject.text());
    java.util.concurrent.CompletableFuture<ApprovalDecision> f;
    try {
      f = approvals.requestApproval(request).toCompletableFuture();
    } catch (RuntimeException e) {
      throw new IllegalStateException("approval handler failed: " + e.getMessage(), e);
    }
    try {
      ApprovalDecision d = f.get(approvalTimeout.toNanos(), TimeUnit.NANOSECONDS);
      if (d == null) {
        return GuardrailDecision.block("approval handler gave no decision for '" + tool + "'");
      }
      return d.approved() ? GuardrailDecision.pass()
          : GuardrailDecision.block("a human denied '" + tool + "': " + d.reason());
    } catch (TimeoutException e) {
      f.cancel(true);
      return approveOnTimeout
          ? GuardrailDecision.warn("approval for '" + tool + "' timed out after " + approvalTimeout + "; approved by policy")
          : GuardrailDecision.block("approval for '" + tool + "' timed out after " + approvalTimeout);
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException("approval for '" + tool + "' failed: " + c.getMessage(), c);
    } catch (InterruptedException e) {
      // the run was cancelled or ran out of time: the request is withdrawn (the handler sees its
      // future cancelled), so nobody approves a call that will never happen
      f.cancel(true);
      throw e;
    }
  }

  /** Builder for {@link ToolPolicyGuardrail}. */
  public static final class Builder {
    private String name = "tool_policy";
    private final Set<String> allowed = new LinkedHashSet<>();
    private final Set<String> denied = new LinkedHashSet<>();
    private final Map<String, List<ArgumentRule>> rules = new HashMap<>();
    private final Map<String, Integer> quotas = new HashMap<>();
    private final Set<String> approvalTools = new LinkedHashSet<>();
    private ApprovalHandler approvals;
    private Duration approvalTimeout = Duration.ofMinutes(5);
    private boolean approveOnTimeout;

    private Builder() {}

    private static String tool(String t) {
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("tool name must not be null or blank");
      }
      return t;
    }

    /**
     * @param value event name (default {@code tool_policy})
     * @return this
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * @param tools tools that may be called; once any is given, every other tool is refused
     * @return this
     */
    public Builder allow(String... tools) {
      for (String t : tools) {
        allowed.add(tool(t));
      }
      return this;
    }

    /**
     * @param tools tools that may never be called
     * @return this
     */
    public Builder deny(String... tools) {
      for (String t : tools) {
        denied.add(tool(t));
      }
      return this;
    }

    /**
     * @param tool the tool
     * @param rule a rule its arguments must satisfy
     * @return this
     */
    public Builder rule(String tool, ArgumentRule rule) {
      rules.computeIfAbsent(tool(tool), k -> new ArrayList<>()).add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * @param tool the tool
     * @param maxCalls how often it may run per run, at least 1
     * @return this
     */
    public Builder maxCallsPerRun(String tool, int maxCalls) {
      if (maxCalls < 1) {
        throw new IllegalArgumentException("maxCallsPerRun for '" + tool + "' must be >= 1, was " + maxCalls);
      }
      quotas.put(tool(tool), maxCalls);
      return this;
    }

    /**
     * @param handler who decides
     * @param timeout how long to wait for a decision
     * @param tools the dangerous tools
     * @return this
     */
    public Builder requireApproval(ApprovalHandler handler, Duration timeout, String... tools) {
      this.approvals = Objects.requireNonNull(handler, "handler");
      this.approvalTimeout = Objects.requireNonNull(timeout, "timeout");
      if (tools.length == 0) {
        throw new IllegalArgumentException("requireApproval needs at least one tool");
      }
      for (String t : tools) {
        approvalTools.add(tool(t));
      }
      return this;
    }

    /**
     * @param value whether a timed-out approval lets the call run (default false: deny)
     * @return this
     */
    public Builder approveOnTimeout(boolean value) {
      this.approveOnTimeout = value;
      return this;
    }

    /**
     * @return the guardrail
     * @throws IllegalStateException when a tool is both allowed and denied, or the approval
     *     timeout is not positive
     */
    public ToolPolicyGuardrail build() {
      for (String t : allowed) {
        if (denied.contains(t)) {
          throw new IllegalStateException("tool '" + t + "' is both allowed and denied");
        }
      }
      if (approvalTimeout.isNegative() || approvalTimeout.isZero()) {
        throw new IllegalStateException("approval timeout must be positive, was " + approvalTimeout);
      }
      return new ToolPolicyGuardrail(this);
    }
  }
}
