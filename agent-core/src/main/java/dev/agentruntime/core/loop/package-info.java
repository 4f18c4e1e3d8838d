/** The built-in agent loop: {@link dev.agentruntime.core.loop.ToolCallingLoop}. */
package dev.agentruntime.core.loop;
