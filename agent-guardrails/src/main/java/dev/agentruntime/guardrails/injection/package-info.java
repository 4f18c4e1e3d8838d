/**
 * Prompt-injection scoring over normalised text, by attack family.
 */
@NullMarked
package dev.agentruntime.guardrails.injection;

import org.jspecify.annotations.NullMarked;
