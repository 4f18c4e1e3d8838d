/** File sinks for the runtime's state: the audit log as a JSON Lines file. */
@NullMarked
package dev.agentruntime.store.file;

import org.jspecify.annotations.NullMarked;
