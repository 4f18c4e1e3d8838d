/**
 * Implementation of the engine. Not API: anything here may change without notice.
 */
package dev.agentruntime.core.internal;
