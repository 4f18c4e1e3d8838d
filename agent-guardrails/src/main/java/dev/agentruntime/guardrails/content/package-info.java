/**
 * Content filter, size and token limits, and system-prompt leakage.
 */
package dev.agentruntime.guardrails.content;
