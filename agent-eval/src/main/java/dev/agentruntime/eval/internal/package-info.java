/** Implementation details of agent-eval; not for use outside the module. */
package dev.agentruntime.eval.internal;
