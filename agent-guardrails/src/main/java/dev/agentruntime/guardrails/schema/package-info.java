/**
 * Structured output: JSON Schema validation (draft 2020-12, networknt json-schema-validator) and the
 * output-schema guardrail that re-asks or blocks when the model's answer does not match.
 */
@NullMarked
package dev.agentruntime.guardrails.schema;

import org.jspecify.annotations.NullMarked;
