/** The built-in agent loop: {@link dev.agentruntime.core.loop.ToolCallingLoop}. */
@NullMarked
package dev.agentruntime.core.loop;

import org.jspecify.annotations.NullMarked;
