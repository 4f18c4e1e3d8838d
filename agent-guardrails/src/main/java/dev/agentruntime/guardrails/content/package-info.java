/**
 * Content filter, size and token limits, and system-prompt leakage.
 */
@NullMarked
package dev.agentruntime.guardrails.content;

import org.jspecify.annotations.NullMarked;
