/**
 * Text normalisation shared by the phrase-matching guardrails, the byte copy of a text that the
 * secret and PII scanners read, and the ASCII pair prefilter the word scanners share.
 */
@NullMarked
package dev.agentruntime.guardrails.text;

import org.jspecify.annotations.NullMarked;
