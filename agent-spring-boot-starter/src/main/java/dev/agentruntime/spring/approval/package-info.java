/** Human-in-the-loop tool approvals answered over the agent API (REST or WebSocket). */
package dev.agentruntime.spring.approval;
