/**
 * The exception hierarchy (one root, {@link dev.agentruntime.core.error.AgentRuntimeException})
 * and the classification of failures into transient, permanent and unknown.
 */
@NullMarked
package dev.agentruntime.core.error;

import org.jspecify.annotations.NullMarked;
