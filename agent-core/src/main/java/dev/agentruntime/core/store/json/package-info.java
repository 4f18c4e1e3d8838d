/**
 * {@link dev.agentruntime.core.store.json.StoreJson}: the JSON forms in which session and
 * checkpoint stores keep messages and journal entries, shared by every implementation (JDBC, Redis,
 * yours) so a value has one stored form.
 */
@NullMarked
package dev.agentruntime.core.store.json;

import org.jspecify.annotations.NullMarked;
