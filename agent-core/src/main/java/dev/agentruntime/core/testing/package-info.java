/**
 * Test and demo support: {@link dev.agentruntime.core.testing.ScriptedModelClient}, a model that
 * answers from a script, so agents can be run and asserted on without a network or an API key.
 */
@NullMarked
package dev.agentruntime.core.testing;

import org.jspecify.annotations.NullMarked;
