/**
 * The tool port: {@link dev.agentruntime.core.tool.Tool}, its arguments and result, and the
 * thread-safe {@link dev.agentruntime.core.tool.ToolRegistry} with a per-tool kill switch.
 */
@NullMarked
package dev.agentruntime.core.tool;

import org.jspecify.annotations.NullMarked;
