/**
 * Prompt-injection scoring over normalised text, by attack family.
 */
package dev.agentruntime.guardrails.injection;
