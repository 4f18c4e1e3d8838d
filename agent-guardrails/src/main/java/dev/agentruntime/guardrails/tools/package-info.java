/**
 * Tool policy: allow/deny lists, argument rules, per-run quotas and human approval.
 */
@NullMarked
package dev.agentruntime.guardrails.tools;

import org.jspecify.annotations.NullMarked;
