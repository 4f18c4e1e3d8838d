/**
 * Spring Boot integration of agent-runtime: auto-configuration from {@code agent.*} properties
 * ({@link dev.agentruntime.spring.autoconfigure}), Actuator health
 * ({@link dev.agentruntime.spring.health}) and the opt-in HTTP/SSE agent API
 * ({@link dev.agentruntime.spring.api}).
 */
package dev.agentruntime.spring;
