/**
 * Sessions (multi-turn conversations): the {@link dev.agentruntime.core.session.SessionStore} SPI,
 * an append-only message log keyed by (session, sequence number) with optimistic concurrency, its
 * in-memory default, and the {@link dev.agentruntime.core.session.SessionInterceptor} that makes
 * {@code RunOptions.sessionId(...)} continue a conversation.
 */
@NullMarked
package dev.agentruntime.core.session;

import org.jspecify.annotations.NullMarked;
