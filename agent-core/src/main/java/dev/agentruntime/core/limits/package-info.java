/**
 * Run limits (steps, calls, wall-clock, loop detection, concurrent runs) and the choice per limit
 * between failing and stopping gracefully with a best-effort answer.
 */
package dev.agentruntime.core.limits;
