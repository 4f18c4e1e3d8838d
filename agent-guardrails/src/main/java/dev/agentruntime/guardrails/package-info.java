/**
 * Guardrail chains and the interceptor that applies them at input, output, tool call and tool result ({@link dev.agentruntime.guardrails.GuardrailsInterceptor}); {@link dev.agentruntime.guardrails.Guardrails#defaults()} is the usual start.
 */
@NullMarked
package dev.agentruntime.guardrails;

import org.jspecify.annotations.NullMarked;
