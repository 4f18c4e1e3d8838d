/**
 * What every store SPI shares: {@link dev.agentruntime.core.store.StoreException} (the store
 * failed or is unreachable) and {@link dev.agentruntime.core.store.StoreFailurePolicy} (what a run
 * does when persisting fails).
 */
@NullMarked
package dev.agentruntime.core.store;

import org.jspecify.annotations.NullMarked;
