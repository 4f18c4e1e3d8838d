/**
 * The audit trail: what an agent did on whose behalf (tool calls with hashed arguments, guardrail
 * decisions, approvals, budget refusals, limits), in a tamper-evident, hash-chained, append-only
 * {@link dev.agentruntime.core.audit.AuditLog}, filled by the
 * {@link dev.agentruntime.core.audit.AuditInterceptor}.
 */
@NullMarked
package dev.agentruntime.core.audit;

import org.jspecify.annotations.NullMarked;
