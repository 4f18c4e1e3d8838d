/** The agent HTTP API: runs, status, cancellation, resumable Server-Sent Event streams, API-key authentication and RFC 9457 errors. */
@NullMarked
package dev.agentruntime.spring.api;

import org.jspecify.annotations.NullMarked;
