/**
 * Structured output: a focused JSON Schema validator over Jackson and the output-schema guardrail.
 */
package dev.agentruntime.guardrails.schema;
