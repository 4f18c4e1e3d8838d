package dev.agentruntime.telemetry.internal;

import static dev.agentruntime.telemetry.GenAiAttributes.*;
import static dev.agentruntime.telemetry.RuntimeAttributes.*;

import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/** Every metric instrument this module records into, created once per telemetry instance. */
public final class Instruments {
  /** {@code gen_ai.client.token.usage}. */
  public final LongHistogram tokenUsage;
  /** {@code gen_ai.client.operation.duration}. */
  public final DoubleHistogram operationDuration;
  /** {@code gen_ai.client.operation.time_to_first_chunk}. */
  public final DoubleHistogram timeToFirstChunk;
  /** Policy refusals. */
  public final LongCounter policyRefusals;
  /** Finished runs. */
  public final LongCounter runs;
  /** Run duration. */
  public final DoubleHistogram runDuration;
  /** Steps per run. */
  public final LongHistogram runSteps;
  /** Runs in progress. */
  public final LongUpDownCounter activeRuns;
  /** Tool calls. */
  public final LongCounter toolCalls;
  /** Retries. */
  public final LongCounter retries;
  /** Circuit-breaker state changes. */
  public final LongCounter circuitChanges;
  /** Guardrail triggers. */
  public final LongCounter guardrailTriggers;
  /** Cost in USD. */
  public final DoubleCounter cost;
  /** Limits reached. */
  public final LongCounter limitsReached;
  /** Budget thresholds crossed. */
  public final LongCounter budgetThresholds;

  /** @param meter where to create the instruments */
  public Instruments(Meter meter) {
    tokenUsage = meter.histogramBuilder(METRIC_TOKEN_USAGE).ofLongs()
        .setUnit(UNIT_TOKEN)
        .setDescription("Number of input and output tokens used.")
        .setExplicitBucketBoundariesAdvice(TOKEN_USAGE_BUCKETS)
        .build();
    operationDuration = meter.histogramBuilder(METRIC_OPERATION_DURATION)
        .setUnit(UNIT_SECONDS)
        .setDescription("GenAI operation duration.")
        .setExplicitBucketBoundariesAdvice(OPERATION_DURATION_BUCKETS)
        .build();
    timeToFirstChunk = meter.histogramBuilder(METRIC_TIME_TO_FIRST_CHUNK)
        .setUnit(UNIT_SECONDS)
        .setDescription("Time to receive the first chunk of a streamed response.")
        .setExplicitBucketBoundariesAdvice(TIME_TO_FIRST_CHUNK_BUCKETS)
        .build();
    policyRefusals = meter.counterBuilder(METRIC_POLICY_REFUSALS).setUnit("{refusal}")
        .setDescription("Calls refused by the runtime's own policies (guardrails, budgets, rate limits, run limits, open circuits).")
        .build();
    runs = meter.counterBuilder(METRIC_RUNS).setUnit("{run}")
        .setDescription("Finished agent runs by outcome.").build();
    runDuration = meter.histogramBuilder(METRIC_RUN_DURATION).setUnit(UNIT_SECONDS)
        .setDescription("Agent run duration.")
        .setExplicitBucketBoundariesAdvice(
            List.of(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0))
        .build();
    runSteps = meter.histogramBuilder(METRIC_RUN_STEPS).ofLongs().setUnit("{step}")
        .setDescription("Steps per agent run.")
        .setExplicitBucketBoundariesAdvice(List.of(1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L))
        .build();
    activeRuns = meter.upDownCounterBuilder(METRIC_ACTIVE_RUNS).setUnit("{run}")
        .setDescription("Agent runs in progress.").build();
    toolCalls = meter.counterBuilder(METRIC_TOOL_CALLS).setUnit("{call}")
        .setDescription("Tool calls by tool and outcome.").build();
    retries = meter.counterBuilder(METRIC_RETRIES).setUnit("{retry}")
        .setDescription("Retries scheduled after failed attempts.").build();
    circuitChanges = meter.counterBuilder(METRIC_CIRCUIT_STATE_CHANGES).setUnit("{change}")
        .setDescription("Circuit-breaker state changes.").build();
    guardrailTriggers = meter.counterBuilder(METRIC_GUARDRAIL_TRIGGERS).setUnit("{trigger}")
        .setDescription("Guardrail triggers by guardrail, point and action.").build();
    cost = meter.counterBuilder(METRIC_COST).ofDoubles().setUnit("{USD}")
        .setDescription("Cost of model calls in US dollars, by model and tenant.").build();
    limitsReached = meter.counterBuilder(METRIC_LIMITS_REACHED).setUnit("{limit}")
        .setDescription("Run limits reached.").build();
    budgetThresholds = meter.counterBuilder(METRIC_BUDGET_THRESHOLDS).setUnit("{threshold}")
        .setDescription("Budget thresholds crossed.").build();
  }
}
