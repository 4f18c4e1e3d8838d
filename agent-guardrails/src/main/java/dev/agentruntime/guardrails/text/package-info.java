/**
 * Text normalisation shared by the phrase-matching guardrails, and the byte copy of a text that
 * the secret and PII scanners read.
 */
@NullMarked
package dev.agentruntime.guardrails.text;

import org.jspecify.annotations.NullMarked;
