/**
 * Credentials: cloud and SaaS keys, JWTs, private keys and high-entropy assignments.
 */
@NullMarked
package dev.agentruntime.guardrails.secrets;

import org.jspecify.annotations.NullMarked;
