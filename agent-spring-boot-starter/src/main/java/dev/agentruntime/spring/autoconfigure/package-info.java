/** Auto-configuration of an AgentRuntime, its health indicator and the agent API from {@code agent.*} properties. */
@NullMarked
package dev.agentruntime.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
