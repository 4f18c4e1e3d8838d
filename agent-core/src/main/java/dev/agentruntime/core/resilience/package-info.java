/**
 * Resilience on resilience4j: retry with exponential backoff, jitter and Retry-After, circuit
 * breakers per model and per tool, per-attempt timeouts, and ordered fallback models.
 */
@NullMarked
package dev.agentruntime.core.resilience;

import org.jspecify.annotations.NullMarked;
