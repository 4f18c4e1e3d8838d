/**
 * Model-judged moderation through the core model port.
 */
@NullMarked
package dev.agentruntime.guardrails.moderation;

import org.jspecify.annotations.NullMarked;
