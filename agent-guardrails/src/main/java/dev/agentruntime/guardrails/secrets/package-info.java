/**
 * Credentials: cloud and SaaS keys, JWTs, private keys and high-entropy assignments.
 */
package dev.agentruntime.guardrails.secrets;
