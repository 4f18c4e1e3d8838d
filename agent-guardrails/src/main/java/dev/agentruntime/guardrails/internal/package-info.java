/**
 * Plumbing shared by the guardrails of this module; not API (nothing outside agent-guardrails
 * may use it, and it may change in any release).
 */
@NullMarked
package dev.agentruntime.guardrails.internal;

import org.jspecify.annotations.NullMarked;
