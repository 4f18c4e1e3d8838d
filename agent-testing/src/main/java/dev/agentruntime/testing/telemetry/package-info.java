/**
 * In-memory telemetry for tests: {@link dev.agentruntime.testing.telemetry.InMemoryTelemetry}, a
 * real OpenTelemetry SDK whose spans, metrics and log events stay in memory, and AssertJ-style
 * assertions on them ({@link dev.agentruntime.testing.telemetry.TelemetryAssertions}).
 */
@NullMarked
package dev.agentruntime.testing.telemetry;

import org.jspecify.annotations.NullMarked;
