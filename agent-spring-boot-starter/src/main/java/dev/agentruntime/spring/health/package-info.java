/** Actuator health contributors: readiness of the agent runtimes (model circuit breakers). */
@NullMarked
package dev.agentruntime.spring.health;

import org.jspecify.annotations.NullMarked;
