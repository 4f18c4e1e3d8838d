/**
 * Text normalisation shared by the phrase-matching guardrails.
 */
package dev.agentruntime.guardrails.text;
