/**
 * Run limits (steps, calls, wall-clock, loop detection, concurrent runs) and the choice per limit
 * between failing and stopping gracefully with a best-effort answer.
 */
@NullMarked
package dev.agentruntime.core.limits;

import org.jspecify.annotations.NullMarked;
