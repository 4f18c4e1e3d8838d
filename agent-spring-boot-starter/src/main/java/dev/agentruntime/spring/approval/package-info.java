/** Human-in-the-loop tool approvals answered over the agent API (REST or WebSocket). */
@NullMarked
package dev.agentruntime.spring.approval;

import org.jspecify.annotations.NullMarked;
