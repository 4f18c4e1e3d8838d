/** File sinks for the runtime's state: the audit log as a JSON Lines file. */
package dev.agentruntime.store.file;
