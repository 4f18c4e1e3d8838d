/**
 * OpenTelemetry tracing, metrics and log correlation for agent runs, following the GenAI semantic
 * conventions: {@link dev.agentruntime.telemetry.AgentTelemetry} is the interceptor,
 * {@link dev.agentruntime.telemetry.GenAiAttributes} and
 * {@link dev.agentruntime.telemetry.RuntimeAttributes} name everything it emits.
 */
@NullMarked
package dev.agentruntime.telemetry;

import org.jspecify.annotations.NullMarked;
