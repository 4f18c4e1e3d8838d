/**
 * The model port: the {@link dev.agentruntime.core.model.ModelClient} interface every model
 * adapter implements, and the immutable request, response, message and usage values it exchanges.
 */
@NullMarked
package dev.agentruntime.core.model;

import org.jspecify.annotations.NullMarked;
