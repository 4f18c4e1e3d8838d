package dev.agentruntime.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * Our own namespace, {@code agent_runtime.*}, for runtime facts the GenAI conventions do not
 * cover: run identity and outcome, step index, totals of a run, retries, circuit breakers,
 * guardrails, cost and budgets. Span attributes, span-event names and metric names are all here.
 */
public final class RuntimeAttributes {
  private RuntimeAttributes() {}

  /** The namespace prefix. */
  public static final String NAMESPACE = "agent_runtime.";

  /**
   * The key under which the cost module puts a model call's cost (a {@code BigDecimal} in USD)
   * into {@code ModelResponse.metadata()}. Also the span attribute carrying it.
   */
  public static final String COST_METADATA_KEY = "agent_runtime.cost.usd";

  // ------------------------------------------------------------------ span attributes

  /** The run's id (every span of a run). */
  public static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("agent_runtime.run.id");
  /** The tenant the run is billed to. */
  public static final AttributeKey<String> TENANT_ID = AttributeKey.stringKey("agent_runtime.tenant.id");
  /** How the run ended: completed, limit_reached, failed, cancelled. */
  public static final AttributeKey<String> RUN_OUTCOME = AttributeKey.stringKey("agent_runtime.run.outcome");
  /** The limit that cut the run short, when one did. */
  public static final AttributeKey<String> RUN_LIMIT = AttributeKey.stringKey("agent_runtime.run.limit");
  /** Steps the run took (agent span). */
  public static final AttributeKey<Long> RUN_STEPS = AttributeKey.longKey("agent_runtime.run.steps");
  /** Model calls the run made (agent span). */
  public static final AttributeKey<Long> RUN_MODEL_CALLS = AttributeKey.longKey("agent_runtime.run.model_calls");
  /** Tool calls the run made (agent span). */
  public static final AttributeKey<Long> RUN_TOOL_CALLS = AttributeKey.longKey("agent_runtime.run.tool_calls");
  /** Run total of input tokens (agent span; not under gen_ai.usage.* so backends do not count it twice). */
  public static final AttributeKey<Long> RUN_INPUT_TOKENS = AttributeKey.longKey("agent_runtime.run.usage.input_tokens");
  /** Run total of output tokens (agent span). */
  public static final AttributeKey<Long> RUN_OUTPUT_TOKENS = AttributeKey.longKey("agent_runtime.run.usage.output_tokens");
  /** Run total of cache-read input tokens (agent span). */
  public static final AttributeKey<Long> RUN_CACHE_READ_TOKENS =
      AttributeKey.longKey("agent_runtime.run.usage.cache_read.input_tokens");
  /** Run total of reasoning output tokens (agent span). */
  public static final AttributeKey<Long> RUN_REASONING_TOKENS =
      AttributeKey.longKey("agent_runtime.run.usage.reasoning.output_tokens");
  /** Run total cost in USD (agent span), when the cost module reported costs. */
  public static final AttributeKey<Double> RUN_COST_USD = AttributeKey.doubleKey("agent_runtime.run.cost.usd");
  /** The step a model or tool call belongs to, from 1. */
  public static final AttributeKey<Long> STEP = AttributeKey.longKey("agent_runtime.step");
  /** Cost in USD of one model call (chat span). */
  public static final AttributeKey<Double> COST_USD = AttributeKey.doubleKey(COST_METADATA_KEY);
  /**
   * {@code agent_runtime.replayed}: {@code true} on the chat span of a call a resumed run took from
   * its journal (no provider was called; its latency, tokens and cost were recorded by the run
   * that made it and are not added to the metrics again).
   */
  public static final AttributeKey<Boolean> REPLAYED = AttributeKey.booleanKey("agent_runtime.replayed");
  /** Retries a call needed (chat / execute_tool span); each retry is also a span event. */
  public static final AttributeKey<Long> RETRY_COUNT = AttributeKey.longKey("agent_runtime.retry.count");
  /** The failed attempt a retry follows, from 1 (retry event). */
  public static final AttributeKey<Long> RETRY_ATTEMPT = AttributeKey.longKey("agent_runtime.retry.attempt");
  /** The wait before the next attempt, in milliseconds (retry event). */
  public static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("agent_runtime.retry.delay_ms");
  /** What is retried: {@code model:provider/name} or {@code tool:name}. */
  public static final AttributeKey<String> RETRY_TARGET = AttributeKey.stringKey("agent_runtime.retry.target");
  /** A circuit breaker's name. */
  public static final AttributeKey<String> CIRCUIT_NAME = AttributeKey.stringKey("agent_runtime.circuit.name");
  /** A circuit breaker's new state (CLOSED, OPEN, HALF_OPEN, ...). */
  public static final AttributeKey<String> CIRCUIT_STATE = AttributeKey.stringKey("agent_runtime.circuit.state");
  /** A circuit breaker's previous state. */
  public static final AttributeKey<String> CIRCUIT_PREVIOUS_STATE =
      AttributeKey.stringKey("agent_runtime.circuit.previous_state");
  /** A guardrail's name. */
  public static final AttributeKey<String> GUARDRAIL_NAME = AttributeKey.stringKey("agent_runtime.guardrail.name");
  /** Where a guardrail checked: input, output, tool_call, tool_result. */
  public static final AttributeKey<String> GUARDRAIL_POINT = AttributeKey.stringKey("agent_runtime.guardrail.point");
  /** What a guardrail did: block, rewrite, reask, warn. */
  public static final AttributeKey<String> GUARDRAIL_ACTION = AttributeKey.stringKey("agent_runtime.guardrail.action");
  /** Why a guardrail triggered (passed through the redaction hook). */
  public static final AttributeKey<String> GUARDRAIL_REASON = AttributeKey.stringKey("agent_runtime.guardrail.reason");
  /** A budget's name. */
  public static final AttributeKey<String> BUDGET_NAME = AttributeKey.stringKey("agent_runtime.budget.name");
  /** The budget threshold crossed, in percent. */
  public static final AttributeKey<Long> BUDGET_THRESHOLD_PERCENT =
      AttributeKey.longKey("agent_runtime.budget.threshold_percent");
  /** Spent so far in the budget's window, USD. */
  public static final AttributeKey<Double> BUDGET_SPENT_USD = AttributeKey.doubleKey("agent_runtime.budget.spent_usd");
  /** The budget, USD. */
  public static final AttributeKey<Double> BUDGET_LIMIT_USD = AttributeKey.doubleKey("agent_runtime.budget.limit_usd");
  /** What is left of the budget, USD. */
  public static final AttributeKey<Double> BUDGET_REMAINING_USD =
      AttributeKey.doubleKey("agent_runtime.budget.remaining_usd");
  /** A run limit's name (MAX_STEPS, ...). */
  public static final AttributeKey<String> LIMIT_NAME = AttributeKey.stringKey("agent_runtime.limit.name");
  /** Whether the limit stops the run gracefully. */
  public static final AttributeKey<Boolean> LIMIT_GRACEFUL = AttributeKey.booleanKey("agent_runtime.limit.graceful");
  /**
   * The attempt of a model call, from 1 (attempt span). Attempt spans appear under a chat span
   * when the call took more than one attempt (a retry); each carries its own duration, status and
   * {@code error.type}.
   */
  public static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("agent_runtime.attempt");
  /**
   * What refused a call (policy-refusals metric, next to {@code error.type}): guardrail, budget,
   * rate_limit, limit, circuit_breaker.
   */
  public static final AttributeKey<String> POLICY = AttributeKey.stringKey("agent_runtime.policy");
  /** Outcome of a tool call on the tool-calls metric: success, error (error result), exception, refused (a policy refused it). */
  public static final AttributeKey<String> TOOL_OUTCOME = AttributeKey.stringKey("agent_runtime.tool.outcome");

  // ------------------------------------------------------------------ error.type values of policy refusals

  /**
   * {@code error.type} of a call a guardrail blocked. Policy refusals are not provider errors: they
   * never enter {@code gen_ai.client.operation.duration} (no request reached the provider) and are
   * counted on {@link #METRIC_POLICY_REFUSALS}.
   */
  public static final String ERROR_GUARDRAIL_BLOCKED = "guardrail_blocked";
  /** {@code error.type} of a call a budget refused. */
  public static final String ERROR_BUDGET_EXCEEDED = "budget_exceeded";
  /** {@code error.type} of a call a usage plan's rate limit (RPM/TPM) refused. */
  public static final String ERROR_RATE_LIMITED = "rate_limited";
  /** {@code error.type} of a call a run limit refused (steps, calls, duration, loop). */
  public static final String ERROR_LIMIT_EXCEEDED = "limit_exceeded";
  /** {@code error.type} of a call an open circuit breaker refused. */
  public static final String ERROR_CIRCUIT_OPEN = "circuit_open";

  // ------------------------------------------------------------------ span event names

  /** Span event: a failed attempt will be retried. */
  public static final String EVENT_RETRY = "agent_runtime.retry";
  /** Span event: a guardrail did something other than pass. */
  public static final String EVENT_GUARDRAIL = "agent_runtime.guardrail";
  /** Span event: a circuit breaker changed state. */
  public static final String EVENT_CIRCUIT_STATE = "agent_runtime.circuit_state_changed";
  /** Span event: a budget threshold was crossed. */
  public static final String EVENT_BUDGET_THRESHOLD = "agent_runtime.budget_threshold";
  /** Span event: a run limit was reached. */
  public static final String EVENT_LIMIT_REACHED = "agent_runtime.limit_reached";

  // ------------------------------------------------------------------ metrics

  /** Counter {run}: finished runs by {@link #RUN_OUTCOME} and agent name. */
  public static final String METRIC_RUNS = "agent_runtime.runs";
  /** Histogram s: run duration by outcome and agent name. */
  public static final String METRIC_RUN_DURATION = "agent_runtime.run.duration";
  /** Histogram {step}: steps per run by agent name. */
  public static final String METRIC_RUN_STEPS = "agent_runtime.run.steps";
  /** UpDownCounter {run}: runs in progress by agent name. */
  public static final String METRIC_ACTIVE_RUNS = "agent_runtime.runs.active";
  /** Counter {call}: tool calls by tool name and {@link #TOOL_OUTCOME}. */
  public static final String METRIC_TOOL_CALLS = "agent_runtime.tool.calls";
  /** Counter {retry}: scheduled retries by target and error type. */
  public static final String METRIC_RETRIES = "agent_runtime.retries";
  /** Counter {change}: circuit-breaker state changes by circuit and new state. */
  public static final String METRIC_CIRCUIT_STATE_CHANGES = "agent_runtime.circuit.state_changes";
  /** Counter {trigger}: guardrail triggers by guardrail, point and action. */
  public static final String METRIC_GUARDRAIL_TRIGGERS = "agent_runtime.guardrail.triggers";
  /** Counter {USD}: cost by model and tenant. */
  public static final String METRIC_COST = "agent_runtime.cost.usd";
  /** Counter {limit}: run limits reached by limit. */
  public static final String METRIC_LIMITS_REACHED = "agent_runtime.limits.reached";
  /**
   * Counter {refusal}: calls the runtime's own policies refused, by {@code error.type},
   * {@link #POLICY} and {@code gen_ai.operation.name} (chat, execute_tool, invoke_agent). Each
   * refusal is counted once, where it happened.
   */
  public static final String METRIC_POLICY_REFUSALS = "agent_runtime.policy.refusals";
  /** Counter {threshold}: budget thresholds crossed by budget. */
  public static final String METRIC_BUDGET_THRESHOLDS = "agent_runtime.budget.thresholds";
}
