/**
 * Isolated code execution for agents: {@link dev.agentruntime.sandbox.CodeSandbox} runs
 * model-written code in bubblewrap (Linux namespaces) under hard resource limits, and {@link
 * dev.agentruntime.sandbox.CodeInterpreterTool} offers it to agents as a tool. The operating
 * system boundary is what protects the host; {@link dev.agentruntime.sandbox.CodePrecheck} is
 * advice only.
 */
@NullMarked
package dev.agentruntime.sandbox;

import org.jspecify.annotations.NullMarked;
