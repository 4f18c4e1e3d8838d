/**
 * The console exporter: prints each finished run as a readable tree (durations, start offsets,
 * tokens, cost, retries, guardrail outcomes, errors).
 */
@NullMarked
package dev.agentruntime.telemetry.console;

import org.jspecify.annotations.NullMarked;
