/**
 * Tool policy: allow/deny lists, argument rules, per-run quotas and human approval.
 */
package dev.agentruntime.guardrails.tools;
