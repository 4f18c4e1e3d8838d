/** Auto-configuration of an AgentRuntime, its health indicator and the agent API from {@code agent.*} properties. */
package dev.agentruntime.spring.autoconfigure;
