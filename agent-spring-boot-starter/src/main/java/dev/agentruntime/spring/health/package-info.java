/** Actuator health contributors: readiness of the agent runtimes (model circuit breakers). */
package dev.agentruntime.spring.health;
