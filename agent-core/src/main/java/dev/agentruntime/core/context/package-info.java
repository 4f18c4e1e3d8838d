/**
 * Context-window management: a {@link dev.agentruntime.core.context.ContextPolicy} decides what of a
 * long conversation goes into the next model call, within the model's window minus the tokens
 * reserved for the answer. Built-ins: a token window cut at user-turn boundaries, tool-result
 * clearing, and summarisation of the oldest turns by a (cheaper) model through the chain.
 */
@NullMarked
package dev.agentruntime.core.context;

import org.jspecify.annotations.NullMarked;
