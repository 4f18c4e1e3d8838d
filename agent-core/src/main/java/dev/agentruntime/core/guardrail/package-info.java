/**
 * The guardrail SPI: a {@link dev.agentruntime.core.guardrail.Guardrail} judges text at one of
 * four points and returns a {@link dev.agentruntime.core.guardrail.GuardrailDecision}. Chains and
 * the built-in guardrails live in the {@code agent-guardrails} module.
 */
@NullMarked
package dev.agentruntime.core.guardrail;

import org.jspecify.annotations.NullMarked;
