/**
 * Model-judged moderation through the core model port.
 */
package dev.agentruntime.guardrails.moderation;
